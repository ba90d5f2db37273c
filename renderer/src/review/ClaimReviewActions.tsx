// Review actions and state for one live flag, for the evidence card and the claims panel. The
// flag comes from the live checker (what is on screen); the decision in force comes from the
// stored review, matched by block, text and nearest position.
import { anchorFor } from '../../../core/index.ts';
import type { Claim, ReviewState } from '../../../core/index.ts';
import type { ReviewClaim } from '../../../electron/shared/reviewContract.ts';
import { decisionSummary, STATE_LABELS } from './ReviewPanel.tsx';
import { useCurrentReview } from './reviewContext.ts';
import type { ReviewController } from './useReview.ts';

interface FlagProps {
  blockId: string;
  /** The block text the live claim's offsets index. */
  blockText: string;
  claim: Pick<Claim, 'start' | 'end' | 'text' | 'verdict' | 'explanation'>;
}

/** The stored review claim a live flag stands for (same block and wording, nearest position). */
export function storedClaim(review: ReviewController, { blockId, claim }: Pick<FlagProps, 'blockId' | 'claim'>): ReviewClaim | undefined {
  let best: ReviewClaim | undefined;
  for (const c of review.status?.claims ?? []) {
    if (c.blockId !== blockId || c.text !== claim.text) continue;
    if (!best || Math.abs(c.start - claim.start) < Math.abs(best.start - claim.start)) best = c;
  }
  return best;
}

/** The stored claim for a live flag, or one built from the live text (not yet saved). */
function reviewTarget(review: ReviewController, props: FlagProps): ReviewClaim {
  const stored = storedClaim(review, props);
  const { blockId, blockText, claim } = props;
  const anchor = blockText.slice(claim.start, claim.end) === claim.text ? anchorFor(blockId, blockText, claim.start, claim.end) : stored?.anchor;
  return {
    blockId, start: claim.start, end: claim.end, text: claim.text, verdict: claim.verdict, explanation: claim.explanation, evidence: [],
    state: stored?.state ?? 'open', changed: stored?.changed ?? false, notAClaim: stored?.notAClaim ?? false, reviewId: stored?.reviewId ?? null, decision: stored?.decision ?? null,
    history: stored?.history ?? [],
    anchor: anchor ?? anchorFor(blockId, claim.text, 0, claim.text.length),
  };
}

export function ClaimReviewActions(props: FlagProps) {
  const review = useCurrentReview();
  if (!review?.mode) return null;
  const target = reviewTarget(review, props);
  const act = (state: ReviewState) => review.requestDecision(target, state);
  return (
    <div className="card-review" data-review-state={target.state}>
      <p className="card-review-state">
        Review: <strong>{STATE_LABELS[target.state]}</strong>
        {target.changed && ' (changed since review)'}
        {target.decision && (
          <span className="review-who">
            {' — '}
            {[decisionSummary(target.decision, false), target.decision.reviewer || 'Unnamed reviewer'].filter(Boolean).join(', ')}
          </span>
        )}
      </p>
      <div className="review-actions" role="group" aria-label={`Review “${props.claim.text}”`}>
        <button type="button" className="button button-small" aria-pressed={target.state === 'verified'} onClick={() => act('verified')}>Verify</button>
        <button type="button" className="button button-small" aria-pressed={target.state === 'needs-change'} onClick={() => act('needs-change')}>Needs change</button>
        <button type="button" className="button button-small" aria-pressed={target.state === 'dismissed'} onClick={() => act('dismissed')}>Dismiss</button>
      </div>
    </div>
  );
}

/** A small state chip for a claims-panel row, shown while reviewing. */
export function ClaimReviewState(props: FlagProps) {
  const review = useCurrentReview();
  if (!review?.mode) return null;
  const stored = storedClaim(review, props);
  if (!stored) return null;
  return (
    <span className={`state-chip state-chip-${stored.state}`} title={stored.decision ? decisionSummary(stored.decision) : 'Not reviewed yet'}>
      {STATE_LABELS[stored.state]}{stored.changed ? ' · changed' : ''}
    </span>
  );
}
