// "Patrick Smeda, of Cardiff, Carlos Corlett, of Liverpool and Anthony Crooks, of Newport, jailed
// for 14, 15 and 12 years respectively": "respectively" pairs a list of people with a list of
// figures, in order. Each figure is its person's, as "Smeda, 14," would say: recorded as its
// owner, so a draft that gives Smeda 15 years (Corlett's) is caught, and no one's figure supports
// another's. Only where the two lists are of one length; a place after "of" ("of Cardiff") names
// where a person is from, not another person.
import type { Token } from '../../text/tokenize.ts';
import { isStopword } from '../../frames/lexicon.ts';
import type { RawMention } from '../scanMentions.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';

/** Words that put a place after a name: "Smeda, of Cardiff", "a man from Leeds". */
const PLACE_BEFORE = /^(?:of|from|in|at)$/;

/** The people named in tokens `from` to `end`, each as its words, leaving out places and sentence openers. */
function peopleBetween(tokens: readonly Token[], from: number, end: number): string[][] {
  const names: string[][] = [];
  for (let k = from; k < end; k++) {
    if (!isCapitalised(tokens[k]) || tokens[k]!.type !== 'word') continue;
    let e = k;
    while (e + 1 < end && isCapitalised(tokens[e + 1]) && tokens[e + 1]!.type === 'word') e++;
    const words = tokens.slice(k, e + 1).map((t) => t.lower);
    const place = PLACE_BEFORE.test(tokens[k - 1]?.lower ?? '');
    const opener = opensSentence(tokens, k) && e === k && isStopword(words[0]!);
    if (!place && !opener) names.push(words.filter((w, i) => i > 0 || !isStopword(w)));
    k = e;
  }
  return names.filter((n) => n.length > 0);
}

/**
 * The last list of `count` capitalised names joined by commas and "and" between tokens `from` and
 * `end` ("Illinois and Iowa", "Northern and GTR"), each as its words; undefined when there is none.
 */
function coordinatedNames(tokens: readonly Token[], from: number, end: number, count: number): string[][] | undefined {
  const nameAt = (e: number): [number, string[]] | undefined => {
    if (e < from || !isCapitalised(tokens[e]) || tokens[e]!.type !== 'word') return undefined;
    let k = e;
    while (k - 1 >= from && isCapitalised(tokens[k - 1]) && tokens[k - 1]!.type === 'word' && !isStopword(tokens[k - 1]!.lower)) k--;
    return [k, tokens.slice(k, e + 1).map((t) => t.lower)];
  };
  for (let e = end - 1; e >= from; e--) {
    const last = nameAt(e);
    if (!last) continue;
    const names = [last[1]];
    let k = last[0];
    while (names.length < count) {
      const joint = tokens[k - 1]?.lower;
      const next = joint === 'and' || joint === ',' ? nameAt(tokens[k - 2]?.text === ',' && joint === 'and' ? k - 3 : k - 2) : undefined;
      if (!next) break;
      names.unshift(next[1]);
      k = next[0];
    }
    if (names.length === count && /^(?:and|&)$/.test(tokens[last[0] - 1]?.lower ?? '')) return names;
    return undefined;
  }
  return undefined;
}

export const respectivelyOwners: MentionRefiner = {
  name: 'respectivelyOwners',
  refine({ tokens }, mentions) {
    if (!tokens.some((t) => t.lower === 'respectively')) return mentions;
    const out = [...mentions];
    for (let r = 0; r < tokens.length; r++) {
      if (tokens[r]!.lower !== 'respectively') continue;
      // The figures right before "respectively", joined by commas and "and".
      const run: number[] = [];
      // A figure's bracketed aside ("69 (7%) and 102 (8%) respectively") is no item of the list.
      const aside = (m: RawMention): boolean => tokens[m.tokStart - 1]?.text === '(' && tokens[m.tokEnd]?.text === ')';
      for (let k = out.length - 1; k >= 0; k--) {
        const m = out[k]!;
        if (m.end > tokens[r]!.start || aside(m)) continue;
        const last = run.length === 0 ? r : tokenAt(tokens, out[run[0]!]!.start);
        const between = tokens.slice(m.tokEnd, last).map((t) => t.lower).join(' ').replace(/\( [^()]* \)\s*/g, '').trim();
        // The last figure's unit may stand between it and "respectively" ("12 years respectively").
        if (run.length === 0 ? !/^(?:[a-z]+)?$/.test(between) : !/^(?:,|and|, and)$/.test(between)) break;
        if (m.value === null || m.owner !== undefined || m.code !== undefined) break;
        run.unshift(k);
      }
      if (run.length < 2) continue;
      // The people of the sentence before the figures, in order.
      let start = tokenAt(tokens, out[run[0]!]!.start) - 1;
      while (start > 0 && !/^[.!?]$/.test(tokens[start - 1]!.text) && tokens[start - 1]!.text !== '\n') start--;
      const first = tokenAt(tokens, out[run[0]!]!.start);
      // The list of names nearest the figures, joined as they are ("parts of Illinois and Iowa
      // recording temperatures of -38F and -30F respectively"); else the people of the sentence.
      const names = coordinatedNames(tokens, start, first, run.length) ?? peopleBetween(tokens, start, first);
      if (names.length !== run.length) continue;
      run.forEach((k, i) => {
        const name = names[i]!;
        const owned: RawMention = { ...out[k]!, owner: name[name.length - 1]! };
        if (name.length > 1) owned.ownerGiven = name[0]!;
        out[k] = owned;
      });
    }
    return out;
  },
};
