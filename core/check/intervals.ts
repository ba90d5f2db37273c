// Figures as intervals: what a draft figure claims (its rounding and its qualifier) and what a
// source figure establishes, both in the draft's units, and how the two relate.
import type { AnalysedMention } from './analyseText.ts';
import { approxPrecision, inDraftUnits, type Relation } from './draftUnits.ts';
import { restatesHedge, sameLowerBound } from './hedgedRestatement.ts';
import { rangeEndsRelation } from './rangeEnds.ts';
import { maximumNotStated } from './statedMaximum.ts';
import { APPROX_RELATIVE, BOUND_REACH, EXACT_RELATIVE, NEARLY_FLOOR, NEARLY_UNITS } from './tuning.ts';

export { approxPrecision, inDraftUnits, type Relation } from './draftUnits.ts';

export const INF = Number.POSITIVE_INFINITY;

/** The least a "nearly N percent" may fall short, in points: "nearly 85 percent" for 84.2. */
const NEARLY_POINTS = 1;

/**
 * The draft figure's interval with an open bound closed at the round number's reach: a writer's
 * "more than £11" or "as much as 13" for a figure they worked out is the round number just past
 * it, as far as "nearly" may fall short (NEARLY_FLOOR), never any value beyond.
 */
export function closedInterval(a: AnalysedMention): [number, number] {
  const [lo, hi] = draftInterval(a);
  const v = a.m.value ?? 0;
  return [Number.isFinite(lo) ? lo : v * NEARLY_FLOOR, Number.isFinite(hi) ? hi : v / NEARLY_FLOOR];
}

/** An interval in the draft figure's own units (draftInterval's, by default) in its family's base units. */
export function baseInterval(a: AnalysedMention, interval: [number, number] = draftInterval(a)): [number, number] {
  return [interval[0] * a.factor + a.offset, interval[1] * a.factor + a.offset];
}

/** The interval a draft figure claims, in its own units, widened by the writer's rounding. */
export function draftInterval(a: AnalysedMention): [number, number] {
  const m = a.m;
  const v = m.value ?? 0;
  const hi = m.high ?? v;
  const half = m.precision / 2;
  const exactTol = Math.min(half, Math.abs(v) * EXACT_RELATIVE) + 1e-9;
  switch (m.bound) {
    // "More than N" needs a value above N; "at least N" allows N itself.
    case 'more-than': return [v + Math.max(1e-9, Math.abs(v) * 1e-9), INF];
    case 'at-least': return [v - 1e-9, INF];
    // "Less than N" needs a value below N; "up to N", "at most N" allow N itself.
    case 'less-than': return [-INF, hi - Math.max(1e-9, Math.abs(hi) * 1e-9)];
    case 'at-most': return [-INF, hi + exactTol];
    // "Nearly N" is a little below N, never above it.
    // A share is told in points of a hundred, where a tenth short of N is far: "nearly 90 percent"
    // is no further below than half its rounding step (85), since a writer with 84 has the nearer
    // round figure, "more than 80" or "about 85"; "nearly 85 percent" is within a point of it.
    // A few of a coarse unit is told to a quarter of one: "nearly two decades" for 18 years.
    case 'nearly': return [a.family === 'percent' ? Math.max(v * NEARLY_FLOOR, v - Math.max(approxPrecision(m.precision, v) / 2, NEARLY_POINTS)) : Math.min(v * NEARLY_FLOOR, v - NEARLY_UNITS), hi + 1e-9];
    case 'approximately': {
      // "about a third": a writer rounds a share to the nearest common fraction, so a hedged one
      // spans the shares nearer to it than to any other (a third: 29.2–36.7%, half: 45–55%).
      const common = m.kind === 'fraction' && m.high === undefined ? commonFractionSpan(v) : undefined;
      if (common) return common;
      // "about 1,300" spans 1,250–1,350; "around 871" is precise to the unit, hedge or not.
      // Never by more than APPROX_RELATIVE of the figure itself: "about a mile" is not half a mile.
      const p = Math.min(approxPrecision(m.precision, v) / 2, Math.abs(v) * APPROX_RELATIVE);
      return [v - p - 1e-9, hi + Math.min(approxPrecision(m.precision, hi) / 2, Math.abs(hi) * APPROX_RELATIVE) + 1e-9];
    }
    // A plain round figure stands for the values that round to it, half up: "12,000" for 11,500
    // up to, not including, 12,500, which a writer rounds to 13,000.
    default: {
      const upTol = Math.min(half, Math.abs(hi) * EXACT_RELATIVE);
      return [v - exactTol, upTol === half ? hi + upTol - Math.max(1e-9, Math.abs(hi) * 1e-12) : hi + upTol + 1e-9];
    }
  }
}

/**
 * The fractions copy rounds a share to: tenths, eighths, sixths, fifths, quarters, thirds and
 * halves. "About a fifth" is no 17%, which copy calls "about a sixth" (one in six).
 */
const COMMON_FRACTIONS = [0, 1 / 10, 1 / 8, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 2 / 5, 1 / 2, 3 / 5, 2 / 3, 3 / 4, 4 / 5, 5 / 6, 7 / 8, 9 / 10, 1];

/** The shares nearer to common fraction `v` than to its neighbours, or undefined when `v` is none of them. */
function commonFractionSpan(v: number): [number, number] | undefined {
  const k = COMMON_FRACTIONS.findIndex((f) => Math.abs(f - v) < 1e-9);
  if (k <= 0 || k >= COMMON_FRACTIONS.length - 1) return undefined;
  return [(COMMON_FRACTIONS[k - 1]! + v) / 2, (v + COMMON_FRACTIONS[k + 1]!) / 2];
}

/** The draft figure's own value with its rounding or hedge tolerance, ignoring bounds. */
export function nearInterval(a: AnalysedMention): [number, number] {
  const v = a.m.value ?? 0;
  const hi = a.m.high ?? v;
  const t = a.m.bound === undefined || a.m.bound === 'exactly' ? Math.min(a.m.precision / 2, Math.abs(v) * EXACT_RELATIVE) : approxPrecision(a.m.precision, v) / 2;
  return [v - t - 1e-9, hi + t + 1e-9];
}

/** The interval a source figure establishes, converted into the draft mention's units. */
export function sourceInterval(s: AnalysedMention, d: AnalysedMention): [number, number] {
  const v = inDraftUnits(s.base ?? 0, d);
  const hi = inDraftUnits(s.baseHigh ?? s.base ?? 0, d);
  switch (s.m.bound) {
    // "More than 140" establishes values above 140, so a draft's own "more than 140" restates it.
    case 'more-than': return [v + Math.max(1e-9, Math.abs(v) * 1e-9), INF];
    case 'at-least': return [v, INF];
    case 'less-than': return [-INF, hi - Math.max(1e-9, Math.abs(hi) * 1e-9)];
    case 'at-most': return [-INF, hi];
    // A source's own hedge widens what it establishes: "about 5,000" may be 5,100, so "more than
    // 5,000" is left unsupported by it, not contradicted; "nearly 5,000" is a little below.
    case 'approximately': {
      const p = approxPrecision(s.m.precision, s.m.value ?? 0) / 2 / d.factor * s.factor;
      return [v - p, hi + p];
    }
    case 'nearly': return [v * NEARLY_FLOOR, hi];
    default: return [v, hi];
  }
}

export function relate(d: [number, number], s: [number, number]): Relation {
  if (s[0] >= d[0] && s[1] <= d[1]) return 'entails';
  if (s[1] < d[0] || s[0] > d[1]) return 'disjoint';
  return 'overlaps';
}

export function scoreRelation(d: AnalysedMention, s: AnalysedMention): Relation {
  if (d.m.kind === 'score' || s.m.kind === 'score') {
    // A score is one result written from either side: "lost the opening set 6-3" is the
    // source's "3-6" from the loser's; copy writes the winner's games first either way.
    const reversed = d.m.kind === 'score' && s.m.kind === 'score' && d.m.value === s.m.high && d.m.high === s.m.value;
    return (d.m.value === s.m.value && d.m.high === s.m.high) || reversed ? 'entails' : 'disjoint';
  }
  const ends = rangeEndsRelation(d, s);
  if (ends) return ends;
  const di = draftInterval(d);
  const rel = relate(di, sourceInterval(s, d));
  if (rel === 'overlaps' && (restatesHedge(d, s, di) || sameLowerBound(d, s))) return 'entails';
  // A bound that is true but grossly misstates the figure ("more than 100" for 99,000) does not
  // establish it, nor does it contradict it: it leaves the draft's figure unsupported.
  return rel === 'entails' && (grosslyBounds(d, s) || maximumNotStated(d, s)) ? 'overlaps' : rel;
}

function grosslyBounds(d: AnalysedMention, s: AnalysedMention): boolean {
  const [slo, shi] = sourceInterval(s, d);
  return boundMisstates(d, slo, shi);
}

/**
 * Whether the draft's bound misses values in [lo, hi] (in its own units) by BOUND_REACH or more:
 * "more than 100" for 99,000, "up to 300" for 10. A bound that far off states nothing of them.
 */
export function boundMisstates(d: AnalysedMention, lo: number, hi: number): boolean {
  const v = d.m.value ?? 0;
  const top = d.m.high ?? v;
  if ((d.m.bound === 'more-than' || d.m.bound === 'at-least') && v > 0) return lo >= v * BOUND_REACH;
  if ((d.m.bound === 'less-than' || d.m.bound === 'at-most') && top > 0) return hi <= top / BOUND_REACH;
  return false;
}

/** A bound from below ("more than", "at least"): lower bounds add up to a lower bound. */
export function isLowerBound(b: string | undefined): boolean {
  return b === 'more-than' || b === 'at-least';
}

export function isBound(b: string | undefined): boolean {
  return b === 'more-than' || b === 'at-least' || b === 'less-than' || b === 'at-most';
}
