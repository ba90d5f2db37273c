// The "Distance" bullet: the story's distances with what each is measured from, gathered into
// one line when there are two or more.
import type { Citation } from '../types.ts';
import { STOP_WORDS, contentKeys } from './factText.ts';
import { figureKey, positionPrior, type Candidate, type Sentence } from './candidate.ts';

/** Longest distance bullet in words. */
const DISTANCE_WORDS = 16;

const LENGTH_UNITS = new Set(['km', 'mile', 'miles', 'm']);

/** One "Distance" bullet gathering the story's distances with what they are measured from. */
export function distanceCandidates(sentences: readonly Sentence[]): Candidate[] {
  const pieces: { text: string; citation: Citation; key: string; position: number }[] = [];
  for (const s of sentences) {
    if (s.position > 15) continue;
    for (const m of s.mentions) {
      if (!m.unit || !LENGTH_UNITS.has(m.unit) || m.value === null) continue;
      const key = figureKey(m);
      if (pieces.some((p) => p.key === key)) continue;
      // "… from the Ukrainian border", "… away from the coast": the reference point.
      const rest = s.source.text.slice(m.end, s.end);
      const tail = /^\s+((?:away\s+)?(?:from|off|north|south|east|west|inland)\b[^,.;:!?()]{0,50})/i.exec(rest);
      let end = m.end;
      let text = s.source.text.slice(m.start, m.end);
      if (tail) {
        const words = tail[1]!.trim().split(/\s+/).slice(0, 6);
        while (words.length > 0 && STOP_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
        const phrase = words.join(' ');
        const at = rest.indexOf(phrase);
        if (phrase && at >= 0) {
          end = m.end + at + phrase.length;
          text = s.source.text.slice(m.start, end).replace(/\s+/g, ' ');
        }
      }
      // A distance with nothing it is measured from ("13-mile") says nothing; "a distance of
      // about 1,300 kilometers" says what it is.
      let start = m.start;
      if (end === m.end) {
        const before = /(\p{Ll}+)\s+of\s+$/u.exec(s.source.text.slice(Math.max(s.start, m.start - 30), m.start));
        if (!before || STOP_WORDS.has(before[1]!)) continue;
        start = m.start - before[0].length;
        text = s.source.text.slice(start, m.end).replace(/\s+/g, ' ');
      }
      pieces.push({ text, citation: { sourceId: s.source.id, start, end }, key, position: s.position });
    }
  }
  // One distance alone ("200 miles from North Carolina") does not say what is that far: its
  // sentence says it better. A "Distance" bullet gathers two or more (the flight, the border).
  if (pieces.length < 2) return [];
  const chosen = pieces.slice(0, 3);
  while (chosen.length > 1 && chosen.reduce((n, p) => n + p.text.split(/\s+/).length, 0) > DISTANCE_WORDS) chosen.pop();
  let text = chosen.map((p) => p.text).join('; ');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return [{
    label: 'Distance',
    text,
    citations: chosen.map((p) => p.citation),
    keys: new Set(contentKeys(text)),
    figures: new Set(chosen.map((p) => p.key)),
    words: text.split(/\s+/).length,
    prior: positionPrior(Math.min(...chosen.map((p) => p.position))),
    bonus: 0,
    sentenceKey: 'distance',
  }];
}
