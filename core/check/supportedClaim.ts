// The wording of a supported figure: the source's own phrase, a unit conversion when the units
// differ, and both sources when another one states the same quantity otherwise.
import type { Claim } from '../types.ts';
import { claimOf, evidenceOf, phraseOf, round, short, sourcePhrase } from './explain.ts';
import { inDraftUnits } from './intervals.ts';
import type { Judgement, Scored } from './judgement.ts';
import { STRONG } from './tuning.ts';
import type { SourceEntry } from './sourceIndex.ts';

/**
 * Two sources state the same quantity with values that cannot both hold: the draft's figure is
 * disputed, whichever it follows. Both are cited. When both sources are dated, the later report
 * supersedes the earlier (tolls and counts are revised upward or down as reports come in), so it
 * is cited first and the explanation says which is newer; the older is listed in `superseded`.
 */
export function disputedClaim(j: Judgement, agreeing: Scored, other: Scored): Claim {
  const { draft, a, data, published } = j;
  const dated = (s: Scored): string | undefined => data.sources[s.e.sourceIndex]?.doc.published;
  const da = dated(agreeing);
  const db = dated(other);
  const [first, second] = da && db && db > da ? [other, agreeing] : [agreeing, other];
  const e1 = evidenceOf(data, first.e);
  const e2 = evidenceOf(data, second.e);
  const p1 = short(sourcePhrase(data, first.e));
  const p2 = short(sourcePhrase(data, second.e));
  const draftPhrase = short(phraseOf(draft.text, a));
  const d1 = dated(first);
  const d2 = dated(second);
  if (d1 && d2 && d1 !== d2) {
    const follows = first === agreeing ? 'follows the newer report' : `follows the older report; the newer says '${p1}'`;
    const claim = claimOf(draft, a, 'disputed',
      `Sources disagree: ${e1.sourceId} (${d1}, newer) says '${p1}', ${e2.sourceId} (${d2}) says '${p2}'. Draft: '${draftPhrase}' ${follows}.`, [e1, e2], published);
    return { ...claim, superseded: [1] };
  }
  return claimOf(draft, a, 'disputed', `Sources disagree: ${e1.sourceId} says '${p1}', ${e2.sourceId} says '${p2}'. Draft: '${draftPhrase}'.`, [e1, e2], published);
}

/**
 * Green on the value, where the words around the two figures differ: the source's phrase first,
 * as every green explanation gives it, and what the editor should look at.
 */
export function wordedDifferently(j: Pick<Judgement, 'a' | 'data' | 'draft' | 'published'>, e: SourceEntry): Claim {
  const { a, data, draft, published } = j;
  return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, e))}', worded differently from the draft: check it counts the same thing. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, e)], published);
}

export function supportedClaim(j: Judgement, best: Scored, conflicts: readonly Scored[]): Claim {
  const { draft, a, data, published } = j;
  const ev = evidenceOf(data, best.e);
  // Another source stating the same quantity differently: say so and cite both. A later report
  // counts even when it words the figure its own way ("the death toll rose to 14" after "the
  // flood killed 12 people"): updates seldom repeat the first report's sentence.
  const dated = (x: Scored): string | undefined => data.sources[x.e.sourceIndex]?.doc.published;
  const newer = (x: Scored): boolean => { const dx = dated(x); const db = dated(best); return dx !== undefined && db !== undefined && dx > db; };
  const other = conflicts.find((c) => c.rel === 'disjoint' && c.e.sourceIndex !== best.e.sourceIndex && c.score >= STRONG && (c.score >= best.score - 1 || newer(c)));
  if (other) return disputedClaim(j, best, other);
  const conv = a.m.unit && best.e.a.m.unit && a.m.unit !== best.e.a.m.unit && a.family.startsWith('dim:')
    ? ` (${best.e.a.m.value ?? ''} ${best.e.a.m.unit} ≈ ${round(inDraftUnits(best.e.a.base ?? 0, a))} ${a.m.unit})` : '';
  // A match whose surrounding words differ ("41% of possession" for "41% of the ball") is green
  // on the value; the explanation leads with the source, as every green does, and says what to
  // look at, never "Not confirmed" under a supported verdict.
  if (best.score < 0) return wordedDifferently(j, best.e);
  return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}'${conv}. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
}
