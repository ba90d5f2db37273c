// How many times a year a figure recurs, from the period a newsroom writes after it: "£25 a
// month", "150 vehicles a day", "£52,000 per year", "1,000 weekly", "£3,370 for a month's
// treatment", "£170,000 every 12 months". Two figures over different
// periods are different quantities (judgement) that one rate may still derive (ratePerPeriod).
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { findUnit } from '../values/units.ts';

/** Periods per year. */
const PER_YEAR: Readonly<Record<string, number>> = { year: 1, annum: 1, annually: 1, yearly: 1, month: 12, monthly: 12, week: 52, weekly: 52, day: 365, daily: 365 };

/** Words after "a month", "a year" … that make it a time apart ("a year earlier", "a week ago"), not a period of a rate. */
const TIME_APART = new Set(['earlier', 'later', 'ago', 'before', 'after', 'previously', 'on']);

/** Words between a figure and its period: the counted noun ("150 [vehicles] a day"). */
const NOUN_REACH = 2;

export function perYear(text: AnalysedText, m: AnalysedMention): number | undefined {
  const t = text.tokens;
  for (let k = m.m.tokEnd; k <= m.m.tokEnd + NOUN_REACH && k < t.length; k++) {
    const w1 = t[k]?.lower ?? '';
    const w2 = t[k + 1]?.lower ?? '';
    // "up from 7.68 million a month earlier": a period followed by a word of time apart is how
    // long before or after, not a rate.
    if (w1 === 'a' && PER_YEAR[w2] !== undefined && TIME_APART.has(t[k + 2]?.lower ?? '')) return undefined;
    if ((w1 === 'a' || w1 === 'per' || w1 === 'each' || w1 === 'every') && PER_YEAR[w2] !== undefined && !/ly$/.test(w2)) return PER_YEAR[w2];
    if (/ly$/.test(w1) && PER_YEAR[w1] !== undefined) return PER_YEAR[w1];
    // "every 12 months", "each two weeks": the period is a length of time of its own.
    if (w1 === 'every' || w1 === 'each' || w1 === 'per') {
      const period = periodAfter(text, k);
      if (period !== undefined) return period;
    }
    // "£3,370 for a month's treatment", "£40 for a week's stay": the price of one period's worth.
    const w3 = (t[k + 2]?.lower ?? '').replace(/['’]s$/, '');
    if (w1 === 'for' && (w2 === 'a' || w2 === 'one') && /['’]s$/.test(t[k + 2]?.text ?? '') && PER_YEAR[w3] !== undefined && !/ly$/.test(w3)) return PER_YEAR[w3];
    if (t[k]?.type !== 'word' || k > m.m.tokEnd && /^(?:a|an|the|and|or|of|in|on|at|to|for|from|by|with)$/.test(t[k - 1]?.lower ?? '__')) return undefined;
  }
  return undefined;
}

const YEAR_SECONDS = findUnit('year')?.factor ?? 31557600;
/** How near a whole number of periods a year must come to count as that many ("every seven days": 52.2 a year, weekly). */
const WHOLE_PERIODS = 0.01;

/**
 * Periods per year of the length of time that opens at token `at + 1` ("every [12 months]",
 * "every [two weeks]"), when it divides a year into a whole number of them; else undefined.
 */
export function periodAfter(text: AnalysedText, at: number): number | undefined {
  const o = text.mentions.find((x) => x.m.tokStart === at + 1 && x.family === 'dim:time' && x.m.bound === undefined);
  if (!o || o.base === null || o.base <= 0) return undefined;
  const per = YEAR_SECONDS / o.base;
  const whole = Math.round(per);
  return whole >= 1 && Math.abs(per - whole) <= per * WHOLE_PERIODS ? whole : undefined;
}
