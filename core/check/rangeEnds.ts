// A range restates a range end for end. "Aged between 22 and 76" is not established by "aged
// between 22 and 67" although the second range lies inside the first: a writer who gives both
// ends states both, and a changed end is a changed figure. A single source value inside a
// draft range still supports it (interval containment decides that).
import type { AnalysedMention } from './analyseText.ts';
import { inDraftUnits, type Relation } from './draftUnits.ts';
import { EXACT_RELATIVE } from './tuning.ts';

/**
 * A range written with both ends ("between 22 and 67", "20-25", "anywhere from about 15 to 25"),
 * not a bound or a decade. "About" hedges the range, and its ends are still the ones stated.
 */
function isRange(a: AnalysedMention): boolean {
  const m = a.m;
  return m.high !== undefined && m.value !== undefined && m.high !== m.value && (m.bound === undefined || m.bound === 'approximately')
    && m.kind !== 'year' && m.kind !== 'date' && m.kind !== 'score' && a.baseHigh !== undefined;
}

/** 'entails' or 'disjoint' when both figures are ranges (compared end for end), else undefined. */
export function rangeEndsRelation(d: AnalysedMention, s: AnalysedMention): Relation | undefined {
  if (!isRange(d) || !isRange(s) || s.base === null) return undefined;
  const lo = d.m.value ?? 0;
  const hi = d.m.high ?? lo;
  const tol = (v: number): number => Math.min(d.m.precision / 2, Math.abs(v) * EXACT_RELATIVE) + 1e-9;
  const slo = inDraftUnits(s.base, d);
  const shi = inDraftUnits(s.baseHigh ?? s.base, d);
  return Math.abs(slo - lo) <= tol(lo) && Math.abs(shi - hi) <= tol(hi) ? 'entails' : 'disjoint';
}

/**
 * Where one end of a draft range agrees with the source's and the other does not, the span of
 * the end that differs ("76" of "between 22 and 76"), so the editor is pointed at it; else null.
 */
export function differingRangeEnd(text: string, d: AnalysedMention, s: AnalysedMention): [number, number] | null {
  if (rangeEndsRelation(d, s) !== 'disjoint' || s.base === null) return null;
  const lo = d.m.value ?? 0;
  const tol = Math.min(d.m.precision / 2, Math.abs(lo) * EXACT_RELATIVE) + 1e-9;
  const lowAgrees = Math.abs(inDraftUnits(s.base, d) - lo) <= tol;
  const ends = [...text.slice(d.m.start, d.m.end).matchAll(/\d[\d,.]*\d|\d/g)];
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (ends.length !== 2 || !first || !last) return null;
  const end = lowAgrees ? last : first;
  return [d.m.start + (end.index ?? 0), d.m.start + (end.index ?? 0) + end[0].length];
}
