// Review as events in the outbox: a story's submission and an editor's verdict are review
// events; a decision on one claim is a comment whose anchor says which claim and what was
// decided. Nothing is ever updated in place, so two people deciding the same claim offline
// both reach the server, and the replica shows the claim as disputed until one resolves it.
import { randomUUID } from 'node:crypto';
import type { SqliteSyncStore } from './SqliteSyncStore.ts';

export type StoryReviewKind = 'submitted' | 'approved' | 'changes_requested' | 'withdrawn';
export type ClaimDecisionState = 'verified' | 'needs-change' | 'dismissed' | 'open';

export interface ClaimRef {
  /** The claim's stable key (block id + figure text, as the review engine keys it). */
  key: string;
  blockId: string;
  start: number;
  end: number;
  text: string;
}

/** The anchor a claim decision carries on the server (review_comments.anchor). */
export interface ClaimDecisionAnchor {
  claimDecision: ClaimRef;
  state: ClaimDecisionState;
  /** Settles a dispute: every earlier decision on the claim, anyone's, is superseded. */
  resolves?: boolean;
}

/** The head this laptop knows for a story: reviews apply to the revision the reviewer saw. */
function knownRevision(store: SqliteSyncStore, serverStoryId: string): string {
  const link = store.db.get<{ base_revision_id: string | null }>('SELECT base_revision_id FROM sync_story_links WHERE server_id = ?', serverStoryId);
  const head = store.db.get<{ head_revision_id: string | null }>('SELECT head_revision_id FROM replica_stories WHERE id = ?', serverStoryId);
  const revision = link?.base_revision_id ?? head?.head_revision_id;
  if (!revision) throw new Error(`story ${serverStoryId} has no revision on the server yet: save it first`);
  return revision;
}

export function queueReviewEvent(store: SqliteSyncStore, serverStoryId: string, kind: StoryReviewKind, note = ''): string {
  const eventId = randomUUID();
  store.enqueue([{
    opId: randomUUID(), kind: 'add_review_event',
    args: { eventId, storyId: serverStoryId, revisionId: knownRevision(store, serverStoryId), kind, ...(note ? { note } : {}) },
  }]);
  return eventId;
}

/**
 * The checker's blockers as the writer's laptop counted them when submitting (per verdict, plus
 * open comments): the editor's queue shows them before the editor has the story's sources.
 */
export interface SubmissionSummary {
  eventId: string;
  blockers: Record<string, number>;
  openComments: number;
}

/** Submit for review: the event, and beside it a comment carrying the blocker counts. */
export function queueSubmission(store: SqliteSyncStore, serverStoryId: string, summary: Omit<SubmissionSummary, 'eventId'>, note = ''): string {
  const eventId = randomUUID();
  const revisionId = knownRevision(store, serverStoryId);
  const total = Object.values(summary.blockers).reduce((a, b) => a + b, 0);
  const anchor: { submissionSummary: SubmissionSummary } = { submissionSummary: { eventId, ...summary } };
  store.enqueue([
    { opId: randomUUID(), kind: 'add_review_event', args: { eventId, storyId: serverStoryId, revisionId, kind: 'submitted', ...(note ? { note } : {}) } },
    {
      opId: randomUUID(), kind: 'add_comment',
      args: { commentId: randomUUID(), storyId: serverStoryId, revisionId, body: `Submitted with ${total} blocker${total === 1 ? '' : 's'}`, anchor },
    },
  ]);
  return eventId;
}

export function queueClaimDecision(
  store: SqliteSyncStore, serverStoryId: string, claim: ClaimRef, state: ClaimDecisionState, options: { note?: string; resolves?: boolean } = {},
): string {
  const commentId = randomUUID();
  const anchor: ClaimDecisionAnchor = { claimDecision: claim, state, ...(options.resolves ? { resolves: true } : {}) };
  store.enqueue([{
    opId: randomUUID(), kind: 'add_comment',
    // The server wants a non-empty body; the decision itself is in the anchor.
    args: { commentId, storyId: serverStoryId, revisionId: knownRevision(store, serverStoryId), body: options.note || state, anchor },
  }]);
  return commentId;
}

export function queueComment(store: SqliteSyncStore, serverStoryId: string, body: string, anchor?: unknown): string {
  const commentId = randomUUID();
  store.enqueue([{
    opId: randomUUID(), kind: 'add_comment',
    args: { commentId, storyId: serverStoryId, revisionId: knownRevision(store, serverStoryId), body, ...(anchor === undefined ? {} : { anchor }) },
  }]);
  return commentId;
}
