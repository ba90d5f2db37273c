// Newsroom convention: a hedged draft figure that restates a hedged source figure is read by the
// figure the source reported, not by the worst case of its hedge. "Almost 9,000 died" becomes
// "about 9,000 died", "at least 38 killed" becomes "nearly 40 killed", "about 40km" becomes
// "about 25 miles": the source's stated value lies inside what the draft claims, so the draft
// says what the source says. Interval arithmetic alone only finds the two ranges overlapping,
// which leaves every such paraphrase unconfirmed.
import type { AnalysedMention } from './analyseText.ts';
import { inDraftUnits } from './draftUnits.ts';

/** Draft hedges that round a figure; a bound ("more than") states a direction, not a value. */
const ROUNDING_HEDGES = new Set(['approximately', 'nearly']);

/**
 * Source hedges whose stated value is the figure reported: "about", "almost", and "at least",
 * which wire copy puts before a confirmed toll that may rise. Not "more than" or "up to", whose
 * value is a round threshold rather than a count.
 */
const REPORTED_HEDGES = new Set(['approximately', 'nearly', 'at-least']);

/** The source's stated value (both ends of a range) lies inside the draft's hedged interval. */
export function restatesHedge(d: AnalysedMention, s: AnalysedMention, draft: readonly [number, number]): boolean {
  if (!ROUNDING_HEDGES.has(d.m.bound ?? '') || !REPORTED_HEDGES.has(s.m.bound ?? '')) return false;
  if (s.base === null) return false;
  const lo = inDraftUnits(s.base, d);
  const hi = inDraftUnits(s.baseHigh ?? s.base, d);
  // "nearly 60" for "at least 60": the same figure with the hedge turned round says fewer where
  // the source says no fewer. "Nearly 40" for "at least 38" still restates it.
  if (d.m.bound === 'nearly' && s.m.bound === 'at-least' && Math.abs(hi - (d.m.high ?? d.m.value ?? NaN)) < 1e-9) return false;
  return lo >= draft[0] && hi <= draft[1];
}

/** Lower bounds copy uses for one another: "more than 55,000", "at least 55,000", "55,000+". */
const LOWER_BOUNDS = new Set(['more-than', 'at-least']);

/**
 * "55,000+ properties" (more than) for "at least 55,000 properties", or "more than 200" for "at
 * least 200": copy swaps one lower bound for the other at the same figure, and an editor reads
 * them as one claim; they differ only at the figure itself, which neither asserts.
 */
export function sameLowerBound(d: AnalysedMention, s: AnalysedMention): boolean {
  if (!LOWER_BOUNDS.has(d.m.bound ?? '') || !LOWER_BOUNDS.has(s.m.bound ?? '') || d.m.bound === s.m.bound || s.base === null || d.m.high !== undefined || s.baseHigh !== undefined && s.baseHigh !== s.base) return false;
  return Math.abs(inDraftUnits(s.base, d) - (d.m.value ?? NaN)) < 1e-9;
}
