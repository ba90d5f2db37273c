// Shapes of an editor's review: decisions on claims and comments on text ranges. Plain data so
// the store, the story package, the report and the renderer all share them.
import type { Verdict } from '../types.ts';

export const REVIEW_STATES = ['open', 'verified', 'needs-change', 'dismissed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const DISMISS_REASONS = ['own-sourcing', 'not-a-claim', 'source-outdated'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];
export const DISMISS_REASON_LABELS: Readonly<Record<DismissReason, string>> = {
  'own-sourcing': 'Reporter’s own sourcing',
  'not-a-claim': 'Not a factual claim',
  'source-outdated': 'Source outdated',
};

/** Where a piece of text sat when it was reviewed or commented on: enough to find it again after
 *  the story is edited (block ids survive most edits; the surrounding words survive the rest). */
export interface TextAnchor {
  readonly blockId: string;
  /** The claim's text ("45"), or the commented range. */
  readonly text: string;
  /** Up to ANCHOR_CONTEXT characters of the block before and after the text. */
  readonly before: string;
  readonly after: string;
  /** Offset of `text` in its block when anchored; a tie-breaker, never trusted alone. */
  readonly start: number;
}

export interface ReviewDecision {
  readonly id: string;
  readonly anchor: TextAnchor;
  readonly state: ReviewState;
  /** The engine's verdict on the claim when the decision was taken. */
  readonly verdict: Verdict | null;
  readonly reasons: readonly DismissReason[];
  /** Free-text dismissal reason. */
  readonly reasonText: string;
  /** "Needs change" note to the writer, or any remark with the decision. */
  readonly note: string;
  readonly reviewer: string;
  readonly at: string;
}

/** Every decision ever taken on one claim, oldest first; the last one is in force. */
export interface ClaimReview {
  readonly id: string;
  readonly decisions: readonly ReviewDecision[];
}

export interface CommentReply {
  readonly id: string;
  readonly body: string;
  readonly author: string;
  readonly at: string;
}

export interface StoryComment {
  readonly id: string;
  readonly anchor: TextAnchor;
  readonly body: string;
  readonly author: string;
  readonly at: string;
  readonly replies: readonly CommentReply[];
  readonly resolved: boolean;
  readonly resolvedBy: string | null;
  readonly resolvedAt: string | null;
}

export function currentDecision(review: ClaimReview): ReviewDecision | undefined {
  return review.decisions[review.decisions.length - 1];
}

/** How a "Not a claim" choice is stored with a story: the block and the figure's wording, so
 *  small edits elsewhere keep it (the renderer's ClaimStore.hideKeyOf writes the same key). */
export function notAClaimKey(blockId: string, text: string): string {
  return `${blockId}|${text}`;
}
