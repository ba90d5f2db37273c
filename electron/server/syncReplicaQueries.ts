// What the newsroom UI reads from the local replica: the review queue, each claim's decisions
// (disputed or not), who holds a story's editing lock, and a conflicted story's three-way merge.
// All of it works offline, from what the last pull brought.
import { claimDecisionStatus, mergeBlocks, type BlockMerge, type ClaimStanding, type MergeBlock } from '../../core/index.ts';
import type { ClaimDecisionAnchor, ClaimDecisionState, ClaimRef, SubmissionSummary } from './reviewSyncOps.ts';
import { revisionDocument } from './revisionDocument.ts';
import type { SqliteSyncStore } from './SqliteSyncStore.ts';

/**
 * A lock lapses this long after its holder's last renewal (the server's lifetime, migration 2):
 * the heartbeat (LOCK_HEARTBEAT_MS, 60 s) renews it well before, and a laptop closed mid-edit
 * frees the story after 150 s, two and a half missed beats.
 */
export const LOCK_STALE_MS = 150_000;
/**
 * A holder whose renewal is this late has missed a beat (60 s) by half a beat again: their
 * laptop has likely gone quiet, and the banner can say so before the lock lapses.
 */
export const LOCK_QUIET_MS = 90_000;

export interface ReviewQueueItem {
  storyId: string;
  /** The story in this library, when it has a local copy. */
  localId: string | null;
  title: string;
  deskId: string;
  submittedBy: string;
  /** The submitter's display name, or the login until the users list has been pulled. */
  submittedByName: string;
  submittedAt: string;
  revisionId: string;
  note: string;
  /** Claims whose standing is "needs change", and claims people disagree on. */
  sentBack: number;
  disputed: number;
  /** Comments on the story that are not claim decisions. */
  comments: number;
  /** The checker's blockers per verdict as the writer's laptop counted them on submitting; null if it sent none. */
  blockersAtSubmission: Record<string, number> | null;
}

export interface ClaimDecisions {
  claim: ClaimRef;
  standing: ClaimStanding<ClaimDecisionState>;
  history: { id: string; author: string; state: ClaimDecisionState; resolves: boolean; note: string; at: string }[];
}

export interface LockHolder {
  holder: string;
  holderName: string;
  acquiredAt: string;
  expiresAt: string;
  /** True when the heartbeat has stopped (no renewal for LOCK_QUIET_MS): it lapses at expiresAt. */
  stale: boolean;
}

export interface StoryConflict<B extends MergeBlock = MergeBlock> extends BlockMerge<B> {
  storyId: string;
  /** Our revision the server kept beside the head, and the head it conflicts with. */
  revisionId: string;
  headRevisionId: string | null;
  base: B[];
  ours: B[];
  theirs: B[];
}

interface CommentRow { [key: string]: unknown; id: string; story_id: string; anchor: string | null; body: string; author: string; created_at: string }

/** Stories whose newest review event is a submission, oldest submission first. */
export function reviewQueue(store: SqliteSyncStore): ReviewQueueItem[] {
  const rows = store.db.all<{ id: string; story_id: string; revision_id: string; author: string; created_at: string; note: string; title: string; desk_id: string; local_id: string | null }>(`
    SELECT e.id, e.story_id, e.revision_id, e.author, e.created_at, e.note, s.title, s.desk_id, l.local_id
      FROM replica_review_events e
      JOIN replica_stories s ON s.id = e.story_id
      LEFT JOIN sync_story_links l ON l.server_id = e.story_id
     WHERE e.kind = 'submitted'
       AND NOT EXISTS (SELECT 1 FROM replica_review_events later WHERE later.story_id = e.story_id
                        AND (later.created_at > e.created_at OR (later.created_at = e.created_at AND later.id > e.id)))
     ORDER BY e.created_at, e.story_id`);
  return rows.map((r) => {
    const claims = claimDecisions(store, r.story_id);
    return {
      storyId: r.story_id, localId: r.local_id, title: r.title, deskId: r.desk_id,
      submittedBy: r.author, submittedByName: displayName(store, r.author), submittedAt: r.created_at, revisionId: r.revision_id, note: r.note,
      sentBack: claims.filter((c) => c.standing.kind === 'decided' && c.standing.state === 'needs-change').length,
      disputed: claims.filter((c) => c.standing.kind === 'disputed').length,
      comments: storyComments(store, r.story_id).length,
      blockersAtSubmission: submissionSummary(store, r.story_id, r.id)?.blockers ?? null,
    };
  });
}

/** The story-level review events, oldest first (submitted, approved, changes requested…). */
export function reviewEvents(store: SqliteSyncStore, storyId: string): { id: string; kind: string; author: string; note: string; at: string; revisionId: string }[] {
  return store.db.all<{ id: string; kind: string; author: string; note: string; created_at: string; revision_id: string }>(
    'SELECT id, kind, author, note, created_at, revision_id FROM replica_review_events WHERE story_id = ? ORDER BY created_at, id', storyId,
  ).map((r) => ({ id: r.id, kind: r.kind, author: r.author, note: r.note, at: r.created_at, revisionId: r.revision_id }));
}

/** Each decided claim of a story with its standing (decided, or disputed between people). */
export function claimDecisions(store: SqliteSyncStore, storyId: string): ClaimDecisions[] {
  const byClaim = new Map<string, ClaimDecisions>();
  for (const row of commentRows(store, storyId)) {
    const anchor = parseAnchor(row.anchor);
    if (!isClaimDecision(anchor)) continue;
    const entry = byClaim.get(anchor.claimDecision.key) ?? { claim: anchor.claimDecision, standing: { kind: 'undecided' }, history: [] };
    entry.history.push({ id: row.id, author: row.author, state: anchor.state, resolves: anchor.resolves === true, note: row.body, at: row.created_at });
    byClaim.set(anchor.claimDecision.key, entry);
  }
  for (const entry of byClaim.values()) entry.standing = claimDecisionStatus(entry.history);
  return [...byClaim.values()];
}

function submissionSummary(store: SqliteSyncStore, storyId: string, eventId: string): SubmissionSummary | null {
  for (const row of commentRows(store, storyId)) {
    const anchor = parseAnchor(row.anchor);
    if (isSubmissionSummary(anchor) && anchor.submissionSummary.eventId === eventId) return anchor.submissionSummary;
  }
  return null;
}

/** Comments people wrote (not claim decisions, not submission summaries), oldest first. */
export function storyComments(store: SqliteSyncStore, storyId: string): { id: string; author: string; body: string; anchor: unknown; at: string }[] {
  return commentRows(store, storyId)
    .map((r) => ({ id: r.id, author: r.author, body: r.body, anchor: parseAnchor(r.anchor), at: r.created_at }))
    .filter((c) => !isClaimDecision(c.anchor) && !isSubmissionSummary(c.anchor));
}

export function lockHolder(store: SqliteSyncStore, storyId: string, now: number = Date.now()): LockHolder | null {
  const row = store.db.get<{ holder: string; acquired_at: string; expires_at: string; released: number }>(
    'SELECT holder, acquired_at, expires_at, released FROM replica_locks WHERE story_id = ?', storyId,
  );
  if (!row || row.released || Date.parse(row.expires_at) <= now) return null;
  return { holder: row.holder, holderName: displayName(store, row.holder), acquiredAt: row.acquired_at, expiresAt: row.expires_at, stale: now - Date.parse(row.acquired_at) > LOCK_QUIET_MS };
}

/** A colleague's display name from the pulled users list; their login until it arrives. */
export function displayName(store: SqliteSyncStore, login: string): string {
  return store.db.get<{ display_name: string }>('SELECT display_name FROM replica_users WHERE role_name = ?', login)?.display_name ?? login;
}

/** Open conflicts: one per conflict revision of ours, newest first. */
export function openConflicts(store: SqliteSyncStore): { storyId: string; revisionId: string; headRevisionId: string | null; detectedAt: string }[] {
  return store.db.all<{ story_id: string; revision_id: string; head_revision_id: string | null; detected_at: string }>(
    'SELECT story_id, revision_id, head_revision_id, detected_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at DESC, revision_id',
  ).map((r) => ({ storyId: r.story_id, revisionId: r.revision_id, headRevisionId: r.head_revision_id, detectedAt: r.detected_at }));
}

/**
 * The three-way merge of a conflicted story: our newest conflict revision against the server's
 * current head, from their common base. Null until the pull has brought all three revisions.
 */
export function storyConflict(store: SqliteSyncStore, storyId: string): StoryConflict | null {
  const conflict = store.db.get<{ revision_id: string }>(
    'SELECT revision_id FROM sync_conflicts WHERE story_id = ? AND resolved_at IS NULL ORDER BY detected_at DESC, rowid DESC LIMIT 1', storyId,
  );
  if (!conflict) return null;
  const story = store.db.get<{ head_revision_id: string | null }>('SELECT head_revision_id FROM replica_stories WHERE id = ?', storyId);
  const ours = revision(store, conflict.revision_id);
  const theirs = story?.head_revision_id ? revision(store, story.head_revision_id) : null;
  if (!ours || !theirs) return null;
  const base = commonBase(store, ours.id, theirs.id);
  const baseBody = base ? revision(store, base)?.body ?? [] : [];
  return {
    storyId, revisionId: ours.id, headRevisionId: theirs.id,
    base: baseBody, ours: ours.body, theirs: theirs.body,
    ...mergeBlocks(baseBody, ours.body, theirs.body),
  };
}

function revision(store: SqliteSyncStore, id: string): { id: string; body: MergeBlock[]; base: string | null } | null {
  const row = store.db.get<{ body: string; base_revision_id: string | null }>('SELECT body, base_revision_id FROM replica_revisions WHERE id = ?', id);
  if (!row) return null;
  const body = revisionDocument(JSON.parse(row.body)) ?? [];
  return { id, body: body as MergeBlock[], base: row.base_revision_id };
}

/** The newest revision both histories pass through (each revision names its base). */
function commonBase(store: SqliteSyncStore, a: string, b: string): string | null {
  const ancestors = new Set<string>();
  for (let id: string | null = a; id && !ancestors.has(id); id = revision(store, id)?.base ?? null) ancestors.add(id);
  const seen = new Set<string>();
  for (let id: string | null = b; id && !seen.has(id); id = revision(store, id)?.base ?? null) {
    if (ancestors.has(id)) return id;
    seen.add(id);
  }
  return null;
}

function commentRows(store: SqliteSyncStore, storyId: string): CommentRow[] {
  return store.db.all<CommentRow>('SELECT id, story_id, anchor, body, author, created_at FROM replica_comments WHERE story_id = ? ORDER BY created_at, id', storyId);
}

function parseAnchor(anchor: string | null): unknown {
  return anchor === null ? null : JSON.parse(anchor);
}

function isSubmissionSummary(anchor: unknown): anchor is { submissionSummary: SubmissionSummary } {
  return typeof anchor === 'object' && anchor !== null && 'submissionSummary' in anchor;
}

function isClaimDecision(anchor: unknown): anchor is ClaimDecisionAnchor {
  return typeof anchor === 'object' && anchor !== null && 'claimDecision' in anchor && 'state' in anchor;
}
