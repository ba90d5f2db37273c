// A rate the draft works out from its own figures in the same sentence:
//   "another 2,500 cross every day, roughly 17,500 a week"      one rate told over another period
//   "186 interactions in 53 hours of footage, about 3.5 an hour" a count over the time it took
//   "two direct trains an hour, a service every 30 minutes"     the interval a rate leaves
//   "every 15 minutes, or four times an hour"                  the rate an interval makes
// Newsroom copy turns a figure into the rate a reader can picture. The rate states nothing its
// figures do not, so it is supported as derived when the arithmetic lands within the draft's own
// rounding; each figure it is worked from is checked against the sources on its own, and a wrong
// one is flagged there. Wrong arithmetic ("2,500 a day, some 20,000 a week") finds no support here.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { findUnit, type UnitInfo } from '../../values/units.ts';
import { claimOf, short } from '../explain.ts';
import { draftInterval, inDraftUnits } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Words that make a figure one per period: "17,500 a week", "per hour", "every day". */
const PER = new Set(['a', 'an', 'per', 'each', 'every']);
/** Adverbs that are a period in one word. */
const PER_ADVERB: Readonly<Record<string, string>> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year' };
/**
 * Share of the rate its exact arithmetic may differ by under a hedge: "roughly 17,500 a week" for
 * 7 × 2,500, "about 3.5 an hour" for 186 ÷ 53 = 3.51. The figures are the draft's own, so the
 * rate is as exact as they are; "some 20,000 a week" is no rounding of 17,500 (as totalOfOwnParts).
 */
const ARITHMETIC_ROUNDING = 0.05;
/** How far past its bound a worked-out rate may run: "more than three an hour" for up to 4.5. */
const BOUND_ARITHMETIC_REACH = 1.5;
/** Words between a figure and its period: the counted noun and a verb ("2,500 [cross] every day", "two [direct trains] an hour"). */
const NOUN_REACH = 3;

/**
 * The period a figure is told per ("150 vehicles a day": the day), or undefined. Its twin,
 * ratePeriod.ts's perYear, counts a calendar's periods (52 weeks, 365 days a year) for rates a
 * source states, and knows no hours; this one measures any period in seconds for the draft's own
 * arithmetic ("two trains an hour, one every 30 minutes"). Sharing one would move the other's figures.
 */
export function periodOf(text: AnalysedText, m: AnalysedMention): UnitInfo | undefined {
  const t = text.tokens;
  for (let k = m.m.tokEnd; k <= m.m.tokEnd + NOUN_REACH && k < t.length; k++) {
    const w = t[k]!;
    if (w.type !== 'word') return undefined;
    const adverb = PER_ADVERB[w.lower];
    if (adverb !== undefined) return findUnit(adverb);
    if (PER.has(w.lower)) {
      const unit = findUnit(t[k + 1]?.lower ?? '');
      return unit?.dimension === 'time' ? unit : undefined;
    }
  }
  return undefined;
}

/** A worked-out rate to three significant figures: periods of unequal length make more digits spurious. */
const round = (v: number): string => Number(v.toPrecision(3)).toLocaleString('en-US');

/** A plain figure: no bound, no range, a value. */
const plain = (p: AnalysedMention): boolean => p.m.value !== null && p.base !== null && p.m.bound === undefined && p.m.high === undefined && p.m.kind !== 'ordinal' && p.m.kind !== 'age';

export const ownRate: VerdictRule = {
  name: 'ownRate',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.kind === 'ordinal' || a.m.kind === 'age') return null;
    const before = mentionsBefore(draft, a).filter((p) => plain(p));
    const [lo, hi] = draftInterval(a);
    // "almost three a day" for 1,000 a year (2.74): "nearly" keeps its own convention, a little
    // below the figure, which is the reach a writer rounding up to it means.
    // "168 interactions in 53 hours - more than three an hour" (3.17): a bound rounds the rate to
    // the round figure just past it, within BOUND_ARITHMETIC_REACH of it.
    const bounded = a.m.bound === 'more-than' || a.m.bound === 'at-least' || a.m.bound === 'less-than' || a.m.bound === 'at-most';
    const withinReach = (v: number) => Math.max(v, a.m.value!) <= BOUND_ARITHMETIC_REACH * Math.min(v, a.m.value!);
    const fits = (v: number) => v >= lo && v <= hi && (a.m.bound === 'nearly' || (bounded && withinReach(v)) || Math.abs(v - a.m.value!) <= ARITHMETIC_ROUNDING * Math.abs(a.m.value!));
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    const derived = (how: string) => claimOf(draft, a, 'supported', `Derived: ${how}. Draft: '${short(dText)}'.`, [], published);
    // "a service every 30 minutes" after "two trains an hour": the period over the rate.
    if (a.family === 'dim:time' && a.m.kind === 'duration' && draft.tokens[a.m.tokStart - 1]?.lower === 'every') {
      for (const p of before) {
        const period = p.family === 'count' ? periodOf(draft, p) : undefined;
        if (period === undefined || p.m.value! <= 1) continue;
        const gap = inDraftUnits(period.factor / p.m.value!, a);
        if (fits(gap)) return derived(`the draft's own ${said(p)} per ${period.unit} is one every ${short(dText)}`);
      }
      return null;
    }
    if (a.family !== 'count' && !a.family.startsWith('money:')) return null;
    const own = periodOf(draft, a);
    if (own === undefined) return null;
    // "at least every 15 minutes, or four times an hour": the rate an interval makes.
    if (a.family === 'count') {
      for (const p of mentionsBefore(draft, a)) {
        if (p.family !== 'dim:time' || p.m.kind !== 'duration' || p.base === null || p.base <= 0 || p.m.high !== undefined || draft.tokens[p.m.tokStart - 1]?.lower !== 'every') continue;
        if (fits(own.factor / p.base)) return derived(`one every ${said(p)} is ${round(own.factor / p.base)} per ${own.unit}`);
      }
    }
    // "2,500 every day, roughly 17,500 a week": the same rate over the draft's other period. A
    // lower bound carries over to a lower bound: "more than £310,000 a week, or in excess of £16m a year".
    const lowerBound = (m: AnalysedMention) => m.m.bound === 'more-than' || m.m.bound === 'at-least';
    const boundedBefore = lowerBound(a) ? mentionsBefore(draft, a).filter((p) => lowerBound(p) && p.base !== null && p.m.high === undefined) : [];
    for (const p of [...before, ...boundedBefore]) {
      const period = p.family === a.family ? periodOf(draft, p) : undefined;
      if (period === undefined || period.factor === own.factor) continue;
      const v = inDraftUnits(p.base! * (own.factor / period.factor), a);
      if (fits(v)) return derived(`the draft's own ${said(p)} per ${period.unit} is ${round(v)} per ${own.unit}`);
    }
    // "186 interactions in 53 hours, about 3.5 an hour": the count just before the rate, which it
    // restates, over the one length of time the sentence gives (two would let the rule pick).
    const count = mentionsBefore(draft, a).at(-1);
    const lengths = before.filter((p) => p.family === 'dim:time' && p.m.kind === 'duration');
    if (!count || !plain(count) || count.family !== a.family || periodOf(draft, count) !== undefined || lengths.length !== 1) return null;
    const length = lengths[0]!;
    const v = inDraftUnits(count.base! / (length.base! / own.factor), a);
    return fits(v) ? derived(`the draft's own ${said(count)} in ${said(length)} is ${round(v)} per ${own.unit}`) : null;
  },
};
