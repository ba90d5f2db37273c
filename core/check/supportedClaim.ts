// The wording of a supported figure: the source's own phrase, a unit conversion when the units
// differ, and both sources when another one states the same quantity otherwise.
import type { Claim } from '../types.ts';
import { claimOf, evidenceOf, phraseOf, round, short, sourcePhrase } from './explain.ts';
import { inDraftUnits } from './intervals.ts';
import type { Judgement, Scored } from './judgement.ts';
import { STRONG } from './tuning.ts';

export function supportedClaim(j: Judgement, best: Scored, conflicts: readonly Scored[]): Claim {
  const { draft, a, data, published } = j;
  const ev = evidenceOf(data, best.e);
  // Another source stating the same quantity differently: say so and cite both.
  const other = conflicts.find((c) => c.rel === 'disjoint' && c.e.sourceIndex !== best.e.sourceIndex && c.score >= STRONG && c.score >= best.score - 1);
  if (other) {
    const ov = evidenceOf(data, other.e);
    return claimOf(draft, a, 'supported',
      `Sources disagree: ${ev.sourceId} says '${short(sourcePhrase(data, best.e))}', ${ov.sourceId} says '${short(sourcePhrase(data, other.e))}'.`, [ev, ov], published);
  }
  const conv = a.m.unit && best.e.a.m.unit && a.m.unit !== best.e.a.m.unit && a.family.startsWith('dim:')
    ? ` (${best.e.a.m.value ?? ''} ${best.e.a.m.unit} ≈ ${round(inDraftUnits(best.e.a.base ?? 0, a))} ${a.m.unit})` : '';
  if (best.score < 0) {
    return claimOf(draft, a, 'supported', `Not confirmed: the source gives '${short(sourcePhrase(data, best.e))}', which may count something else. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
  }
  return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}'${conv}. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
}
