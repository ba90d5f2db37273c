// Joins the checker's claims (per block, offsets into each block) with the stored reviews: one
// row per claim in story order with the state in force, ready for the panel, the gate and the report.
import type { Claim, Verdict } from '../types.ts';
import { anchorFor, reanchorReviews } from './reanchorReviews.ts';
import { notAClaimKey } from './reviewTypes.ts';
import type { ClaimReview, ReviewDecision, ReviewState, TextAnchor } from './reviewTypes.ts';

export interface ReviewedClaim {
  readonly claim: Claim;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly verdict: Verdict;
  readonly state: ReviewState;
  readonly changed: boolean;
  /** Marked "Not a claim" in the story: closed for the gate whatever its state. */
  readonly notAClaim: boolean;
  /** Where a new decision on this claim anchors. */
  readonly anchor: TextAnchor;
  readonly review: ClaimReview | undefined;
  /** The decision in force (absent for open claims and for claims changed since review). */
  readonly decision: ReviewDecision | undefined;
}

export function reviewClaims(
  blocks: readonly { readonly id: string; readonly text: string }[],
  claimsByBlock: ReadonlyMap<string, readonly Claim[]>,
  reviews: readonly ClaimReview[],
  /** The story's "Not a claim" keys (notAClaimKey). */
  notAClaim: ReadonlySet<string> = new Set(),
): { claims: ReviewedClaim[]; orphans: readonly ClaimReview[] } {
  const located: { blockId: string; blockText: string; claim: Claim }[] = [];
  for (const block of blocks) {
    const claims = [...(claimsByBlock.get(block.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const claim of claims) located.push({ blockId: block.id, blockText: block.text, claim });
  }
  const spans = located.map((l) => ({ blockId: l.blockId, start: l.claim.start, end: l.claim.end, text: l.blockText.slice(l.claim.start, l.claim.end) }));
  const { byClaim, orphans } = reanchorReviews(blocks, spans, reviews);
  const claims = located.map((l, i): ReviewedClaim => {
    const match = byClaim.get(i);
    const span = spans[i]!;
    return {
      claim: l.claim,
      blockId: l.blockId,
      start: span.start,
      end: span.end,
      text: span.text,
      verdict: l.claim.verdict,
      state: match?.state ?? 'open',
      changed: match?.changed ?? false,
      notAClaim: notAClaim.has(notAClaimKey(l.blockId, l.claim.text)),
      anchor: anchorFor(l.blockId, l.blockText, span.start, span.end),
      review: match?.review,
      decision: match?.decision,
    };
  });
  return { claims, orphans };
}
