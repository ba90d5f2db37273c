// The leaf pieces of interval arithmetic that the qualifier conventions (hedgedRestatement,
// rangeEnds, statedMaximum) share with intervals.ts, which calls them: kept apart so that
// intervals.ts may import those conventions without an import circle.
import type { AnalysedMention } from './analyseText.ts';

export type Relation = 'entails' | 'overlaps' | 'disjoint';

/** Rounding unit of a hedged figure: "about 20" is rounded to tens even below 100. */
export function approxPrecision(precision: number, v: number): number {
  if (precision === 1 && Number.isInteger(v) && v >= 10 && v % 10 === 0) return 10;
  return precision;
}

/** A base-unit value expressed in the draft mention's own unit. */
export function inDraftUnits(base: number, d: AnalysedMention): number {
  return (base - d.offset) / d.factor;
}
