// A price per item the draft works out from its own total and count in the same sentence:
//   "pays $360 a month for eight treatments, or $45 a visit"
//   "paid £1,200 for four tickets - £300 each"
// and so an average per item: "scored six goals in 15 games, an average of 0.4 per game".
// Newsroom copy turns a bundle price into the price of one, a tally into its average. The unit price states nothing its
// total and count do not, so it is supported as derived when the total over the count lands
// within the draft's rounding; the total and the count are each checked against the sources on
// their own, and a wrong one is flagged there. Wrong arithmetic ("$360 for eight, or $55 a visit")
// finds no support here.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { stem } from '../../frames/lexicon.ts';
import { periodOf } from './ownRate.ts';

/**
 * Share of the price its exact arithmetic may differ by: the draft rounds a price to the cent or
 * the whole unit ("$45" for 360 ÷ 8 exactly, "about £33" for 100 ÷ 3); beyond, the writer has
 * another figure in mind.
 */
const ARITHMETIC_ROUNDING = 0.05;
/** Words that make an amount one item's: "$45 a visit", "per ticket", "each". */
const PER_ITEM = /^(?:a|an|per|each)$/;

/** A plain figure: no bound, no range, a value above zero. */
const plain = (p: AnalysedMention): boolean => p.m.value !== null && p.m.value > 0 && p.base !== null && p.m.bound === undefined && p.m.high === undefined;

export const ownPerItem: VerdictRule = {
  name: 'ownPerItem',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.m.value === null || a.m.high !== undefined) return null;
    if (a.family === 'count') return ownAverage(j);
    if (!a.family.startsWith('money:')) return null;
    const t = draft.tokens;
    const word = t[a.m.tokEnd]?.lower ?? '';
    // "$45 a visit", "£300 each": per one item, and no period ("$360 a month" is a rate; see ownRate).
    if (!PER_ITEM.test(word) || periodOf(draft, a) !== undefined) return null;
    if (word !== 'each' && t[a.m.tokEnd + 1]?.type !== 'word') return null;
    const before = mentionsBefore(draft, a);
    // The nearest amount of the same currency before it, and the one count between or around:
    // the sentence's pair, not a pair picked to fit.
    const total = [...before].reverse().find((p) => p.family === a.family);
    const counts = before.filter((p) => p.family === 'count' && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year');
    const count = counts.at(-1);
    if (!total || !count || !plain(total) || !plain(count) || count.m.value! < 2) return null;
    const price = total.base! / count.m.value!;
    const [lo, hi] = draftInterval(a);
    const v = price / (a.base! / a.m.value!);
    if (v < lo || v > hi || Math.abs(v - a.m.value!) > ARITHMETIC_ROUNDING * a.m.value!) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(total)} for ${said(count)} is ${short(dText)} each. Draft: '${short(dText)}'.`, [], published);
  },
};

/**
 * "six goals in 15 games, an average of 0.4 per game": a count per item, where the item is the
 * noun a count of the sentence counts (its divisor, "15 games") and the tally the count just
 * before that divisor ("six goals"). The noun must be the divisor's own: "0.4 per game" is never
 * worked from a count of something else.
 */
function ownAverage(j: Parameters<VerdictRule['judge']>[0]): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  const t = draft.tokens;
  // "five goals in 29 games …, a goal roughly every six games": one of the tally per so many items.
  if (t[a.m.tokStart - 1]?.lower === 'every' || t[tokenBefore(draft, a)]?.lower === 'every') return everyItems(j);
  const per = t[a.m.tokEnd]?.lower ?? '';
  const noun = t[a.m.tokEnd + 1];
  if (!/^(?:per|a|an|each)$/.test(per) || noun?.type !== 'word' || periodOf(draft, a) !== undefined) return null;
  const before = mentionsBefore(draft, a).filter((p) => p.family === 'count' && plain(p) && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year');
  const at = before.findIndex((p) => p.frame.head !== undefined && p.frame.head === stem(noun.lower));
  const divisor = before[at];
  const tally = before[at - 1];
  if (!divisor || !tally || divisor.m.value! < 2) return null;
  const v = tally.m.value! / divisor.m.value!;
  const [lo, hi] = draftInterval(a);
  if (v < lo || v > hi || Math.abs(v - a.m.value!) > ARITHMETIC_ROUNDING * a.m.value! + a.m.precision / 2) return null;
  const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
  return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(tally)} in ${said(divisor)} is ${short(dText)} per ${noun.text}. Draft: '${short(dText)}'.`, [], published);
}

/** Hedges that may stand between "every" and its figure or before "every". */
const HEDGE = /^(?:roughly|about|around|nearly|almost|some|approximately)$/;

/** The token before the figure's hedge, if any ("every [roughly] six"). */
function tokenBefore(draft: Parameters<VerdictRule['judge']>[0]['draft'], a: Parameters<VerdictRule['judge']>[0]['a']): number {
  let k = a.m.tokStart - 1;
  while (k > 0 && HEDGE.test(draft.tokens[k]?.lower ?? '')) k--;
  return k;
}

/**
 * "five goals in 29 games, a goal roughly every six games": "a <tally's noun> every N <divisor's
 * noun>" is the divisor over the tally, each noun the head of its count in the sentence.
 */
function everyItems(j: Parameters<VerdictRule['judge']>[0]): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  const t = draft.tokens;
  const noun = t[a.m.tokEnd];
  const every = t[a.m.tokStart - 1]?.lower === 'every' ? a.m.tokStart - 1 : tokenBefore(draft, a);
  // "a goal roughly every six games": the hedge may stand before "every" too.
  let at = every - 1;
  while (at > 0 && HEDGE.test(t[at]?.lower ?? '')) at--;
  const one = t[at];
  if (noun?.type !== 'word' || one?.type !== 'word' || !/^(?:a|an|one)$/.test(t[at - 1]?.lower ?? '')) return null;
  const before = mentionsBefore(draft, a).filter((p) => p.family === 'count' && plain(p) && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year');
  const divisor = [...before].reverse().find((p) => p.frame.head === stem(noun.lower));
  const tally = [...before].reverse().find((p) => p.frame.head === stem(one.lower));
  if (!divisor || !tally || tally.m.value! < 1) return null;
  const v = divisor.m.value! / tally.m.value!;
  const [lo, hi] = draftInterval(a);
  if (v < lo || v > hi) return null;
  const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
  return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(tally)} in ${said(divisor)} is one every ${round(v)}. Draft: '${short(dText)}'.`, [], published);
}
