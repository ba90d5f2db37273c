// Editor review: decisions on claims, comments, re-anchoring through edits, the publication gate.
export { REVIEW_STATES, DISMISS_REASONS, DISMISS_REASON_LABELS, currentDecision, notAClaimKey } from './reviewTypes.ts';
export type { ReviewState, DismissReason, TextAnchor, ReviewDecision, ClaimReview, CommentReply, StoryComment } from './reviewTypes.ts';
export { storyBlocks, textOf } from './storyBlocks.ts';
export type { StoryNodeLike, TextBlock } from './storyBlocks.ts';
export { ANCHOR_CONTEXT, anchorFor, reanchorReviews, locateAnchor, contextSimilarity } from './reanchorReviews.ts';
export type { SpanInBlock, AnchoredReview, ReanchorResult } from './reanchorReviews.ts';
export { summarizeReview, isBlocking, describeBlocker, describeOpenComment, countBlockers, PUBLISHABLE_VERDICTS } from './reviewGate.ts';
export type { GateItem, GateComment, ReviewSummary } from './reviewGate.ts';
export { reviewClaims } from './reviewClaims.ts';
export type { ReviewedClaim } from './reviewClaims.ts';
export { claimDecisionStatus } from './claimDecisionStatus.ts';
export type { ClaimStanding, PersonDecision } from './claimDecisionStatus.ts';
