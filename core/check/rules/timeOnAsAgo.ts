// "Five years on, the 27-year-old goes into Wednesday's game" where the source has "Bueno played
// for Derby on loan five years ago": a length of time with "on" that opens a sentence is the time
// since the event the story has just told, which the source dates as that long ago. Supported when
// the words around both meet; the duration reading stays, so "One year on" still meets a source's
// "one-year anniversary".
import { frameMatch } from '../../frames/frameOf.ts';
import { isStopword } from '../../frames/lexicon.ts';
import type { AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

export const timeOnAsAgo: VerdictRule = {
  name: 'timeOnAsAgo',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.value === null || a.m.bound !== undefined || a.m.high !== undefined) return null;
    const t = draft.tokens;
    const before = t[a.m.tokStart - 1];
    if (t[a.m.tokEnd]?.lower !== 'on' || t[a.m.tokEnd + 1]?.text !== ',' || (before !== undefined && !/^[.!?\n]$/.test(before.text))) return null;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const s of src.analysis.mentions) {
        const ago = s.m.date?.ago;
        if (ago?.amount !== a.m.value || ago.unit !== a.m.unit) continue;
        // The event is the one just told: the source's sentence meets the draft's sentence or the one before it.
        if (frameMatch(a.frame, s.frame).context <= 0 && sharedWords(draft, a.sentence.start, src.analysis, s.sentence.start) < SHARED_EVENT_WORDS) continue;
        return claimOf(draft, a, 'supported', `Source: '${short(src.analysis.text.slice(s.m.start, s.m.end))}'. Draft: '${short(dText)} on', the time since.`, [evidenceOf(data, { sourceIndex, a: s })], published);
      }
    }
    return null;
  },
};

/** Content words the source's sentence must share with the draft's, or the draft's sentence before, to tell the same event ("Derby", "loan"). */
const SHARED_EVENT_WORDS = 2;

/** Content words (four letters or more) of the source sentence that the draft's sentence at `start`, or the one before it, also uses. */
function sharedWords(draft: AnalysedText, start: number, source: AnalysedText, sourceStart: number): number {
  const words = (t: AnalysedText, from: number, to: number): Set<string> => new Set(t.tokens.filter((k) => k.type === 'word' && k.start >= from && k.end <= to && k.lower.length >= 4 && !isStopword(k.lower)).map((k) => k.lower));
  const at = draft.sentences.findIndex((x) => x.start === start);
  const from = draft.sentences[Math.max(0, at - 1)]?.start ?? start;
  const to = draft.sentences[at]?.end ?? start;
  const own = words(draft, from, to);
  const sentence = source.sentences.find((x) => x.start === sourceStart);
  if (!sentence) return 0;
  return [...words(source, sentence.start, sentence.end)].filter((w) => own.has(w)).length;
}
