// What this build of Crosscheck speaks to a newsroom server. The server's own numbers live in
// crosscheck.server_info (set by migrations); every entry point compares the two.

/** The sync protocol this client speaks. Raise it with the migration that changes push/pull. */
export const SYNC_PROTOCOL_VERSION = 1;

/** SQLSTATEs the server raises on a protocol mismatch (see check_protocol in migration 1). */
export const CLIENT_TOO_OLD = 'CC001';
export const SERVER_TOO_OLD = 'CC002';

export type PushOperation =
  | { opId: string; kind: 'create_story'; args: { storyId: string; deskId: string; slug: string; title: string; embargoed?: boolean } }
  | { opId: string; kind: 'add_revision'; args: { revisionId: string; storyId: string; baseRevisionId: string | null; body: unknown } }
  | { opId: string; kind: 'add_review_event'; args: { eventId: string; storyId: string; revisionId: string; kind: 'submitted' | 'approved' | 'changes_requested' | 'withdrawn'; note?: string } }
  | { opId: string; kind: 'add_comment'; args: { commentId: string; storyId: string; revisionId: string; body: string; anchor?: unknown } }
  | { opId: string; kind: 'release_story' | 'take_lock' | 'release_lock'; args: { storyId: string } }
  | { opId: string; kind: 'put_chunk'; args: { data: string } }
  | { opId: string; kind: 'add_source'; args: { sourceId: string; deskId: string; title: string; body: string; restricted?: boolean; published?: string; fileName?: string; fileSize?: number; chunks?: string[] } };

export interface PushResult {
  opId: string;
  /** applied; conflict (revision kept, head not moved); locked (someone else holds it); rejected (not applied, may be retried). */
  status: 'applied' | 'conflict' | 'locked' | 'rejected';
  /** True when this op id had already been applied: the first answer, returned again. */
  duplicate?: boolean;
  code?: string;
  error?: string;
  [key: string]: unknown;
}

export interface PulledRow {
  table: 'stories' | 'story_revisions' | 'review_events' | 'review_comments' | 'story_locks' | 'sources';
  row: Record<string, unknown>;
}

export interface PullPage {
  rows: PulledRow[];
  /** Opaque to the client: store it and send it back on the next pull. */
  cursor: string;
  /** True when the page was full: pull again at once. */
  more: boolean;
}
