// A rank told of a named person belongs to that person: "Nick Kyrgios, the 22nd seed" is
// Kyrgios's seeding, and the source's "Spanish 22nd seed Feliciano Lopez" is Lopez's. Where the
// source gives the draft's rank to someone else and never to the person the draft names, the rank
// is not stated for them: unsupported, naming whose it is. Tried before any support, which the
// same ordinal and noun would give.
import { claimOf, evidenceOf } from '../explain.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import type { Token } from '../../text/tokenize.ts';
import { isCapitalised } from '../../mentions/refiners/refiner.ts';

/** Whose rank an ordinal is: "Kyrgios, the [22nd] seed" or "[22nd] seed Feliciano Lopez". */
function holderOf(tokens: readonly Token[], m: AnalysedMention['m']): { name: string; noun: string } | undefined {
  const noun = tokens[m.tokEnd];
  if (!noun || noun.type !== 'word' || isCapitalised(noun)) return undefined;
  const k = m.tokStart;
  const before = tokens[k - 3];
  if (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.text === ',' && before && isCapitalised(before)) return { name: before.lower, noun: noun.lower };
  // The surname closes the run of capitalised words after the noun.
  let i = m.tokEnd + 1;
  while (isCapitalised(tokens[i]) || (tokens[i]?.text === '-' && isCapitalised(tokens[i + 1]))) i++;
  const last = tokens[i - 1];
  return i > m.tokEnd + 1 && last ? { name: last.lower, noun: noun.lower } : undefined;
}

export const rankOfAnother: VerdictRule = {
  name: 'rankOfAnother',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'ordinal' || a.m.value === null) return null;
    const mine = holderOf(draft.tokens, a.m);
    if (!mine) return null;
    let other: { e: (typeof j.scored)[number]['e']; name: string } | undefined;
    for (const s of j.scored) {
      if (s.e.a.m.kind !== 'ordinal' || s.e.a.m.value !== a.m.value) continue;
      const theirs = holderOf(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m);
      if (!theirs || theirs.noun !== mine.noun) continue;
      if (theirs.name === mine.name) return null;
      other ??= { e: s.e, name: theirs.name };
    }
    if (!other) return null;
    const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
    return claimOf(draft, a, 'unsupported',
      `The source's ${draft.text.slice(a.m.start, a.m.end)} ${mine.noun} is ${cap(other.name)}, not ${cap(mine.name)}.`,
      [evidenceOf(data, other.e)], published);
  },
};
