// The local library's side of sync (SyncStore) on its node:sqlite file (migration 5): the
// outbox, the pull cursor, and the replica of what the server sent.
//
// Durability is the whole job. An op leaves the outbox only in settle(), in the same local
// transaction that records what the answer means (a conflict, a rejection); a page's rows and
// its cursor are written in one transaction. A process killed anywhere in between sends the
// same ops again (the server answers "duplicate") or pulls the same page again (every replica
// write is an upsert by the server's id), so nothing is lost and nothing is doubled.
import { canonicalJson } from '../../core/index.ts';
import type { SqlDatabase, SqlValue } from '../store/sqliteDatabase.ts';
import { revisionDocument } from './revisionDocument.ts';
import type { StoryHistory } from './ServerSession.ts';
import type { PulledRow, PullPage, PushOperation, PushResult } from './syncProtocol.ts';
import type { SyncStore } from './syncWithServer.ts';

/**
 * Bytes of op JSON per push. A 50 MB source is 50 put_chunk ops of ~1.4 MB base64 each; a slice
 * of 100 of them would be one 140 MB statement. 8 MiB keeps one push to a few seconds on an
 * office uplink while small ops (a revision is a few kB) still go 100 at a time.
 */
export const PUSH_SLICE_BYTES = 8 * 1024 * 1024;

/**
 * How long an op refused by someone else's editing lock waits before it is sent again. About
 * one lock heartbeat: a lock released or gone stale is noticed within a minute, and a story
 * locked all afternoon costs one small push a minute.
 */
export const HELD_RETRY_MS = 60_000;
/** SQLSTATE push() reports when a story is locked by someone else (lock_not_available). */
const LOCKED_BY_OTHER = '55P03';

const CURSOR_KEY = 'cursor';
const LAST_SYNCED_KEY = 'lastSyncedAt';

export interface RejectedOp {
  opId: string;
  kind: string;
  code: string;
  error: string;
  rejectedAt: string;
}

export class SqliteSyncStore implements SyncStore {
  readonly db: SqlDatabase;
  readonly #now: () => number;
  readonly #onApplied: ((storyIds: readonly string[]) => void) | undefined;

  constructor(db: SqlDatabase, options: { now?: () => number; onStoriesChanged?: (localIds: readonly string[]) => void } = {}) {
    this.db = db;
    this.#now = options.now ?? Date.now;
    this.#onApplied = options.onStoriesChanged;
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }

  /** Queue ops in one local transaction: all of them survive a crash, or none. */
  enqueue(ops: readonly PushOperation[]): void {
    this.db.transaction(() => {
      for (const op of ops) this.#insertOp(op);
    });
  }

  #insertOp(op: PushOperation): void {
    const json = JSON.stringify(op);
    const storyId = 'storyId' in op.args ? op.args.storyId : null;
    this.db.run(
      'INSERT INTO sync_outbox (op_id, kind, story_id, op, bytes, queued_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO NOTHING',
      op.opId, op.kind, storyId, json, json.length, this.#iso(),
    );
  }

  /** Used by the story and lock helpers that must write the outbox inside their own transaction. */
  insertOpInTransaction(op: PushOperation): void {
    this.#insertOp(op);
  }

  waiting(): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM sync_outbox')!.n;
  }

  /** Ops that can be sent now: not held, and not behind a held op on the same story. */
  sendable(): number {
    return this.db.get<{ n: number }>(`SELECT count(*) AS n FROM sync_outbox o WHERE ${NOT_HELD}`, this.#now() - HELD_RETRY_MS)!.n;
  }

  async pendingOps(limit: number): Promise<PushOperation[]> {
    // A held op keeps every later op of its story back too: a revision based on a held one
    // would be refused for naming a base the server does not have yet.
    const rows = this.db.all<{ op: string; bytes: number }>(
      `SELECT op, bytes FROM sync_outbox o WHERE ${NOT_HELD} ORDER BY seq LIMIT ?`, this.#now() - HELD_RETRY_MS, limit,
    );
    const ops: PushOperation[] = [];
    let bytes = 0;
    for (const row of rows) {
      // Always at least one op, however large, or a big chunk would never leave.
      if (ops.length > 0 && bytes + row.bytes > PUSH_SLICE_BYTES) break;
      bytes += row.bytes;
      ops.push(JSON.parse(row.op) as PushOperation);
    }
    return ops;
  }

  async settle(results: readonly PushResult[]): Promise<void> {
    const at = this.#iso();
    this.db.transaction(() => {
      for (const result of results) {
        const row = this.db.get<{ kind: string; op: string }>('SELECT kind, op FROM sync_outbox WHERE op_id = ?', result.opId);
        if (!row) continue; // settled by an earlier, interrupted round
        if (result.status === 'rejected' && result.code === LOCKED_BY_OTHER && row.kind === 'add_revision') {
          this.db.run('UPDATE sync_outbox SET held_at = ? WHERE op_id = ?', this.#now(), result.opId);
          continue;
        }
        if (result.status === 'rejected') {
          this.db.run(
            'INSERT OR REPLACE INTO sync_rejected (op_id, kind, op, code, error, rejected_at) VALUES (?, ?, ?, ?, ?, ?)',
            result.opId, row.kind, row.op, result.code ?? '', result.error ?? '', at,
          );
          if (row.kind === 'add_revision') this.#rebaseAfterRejection(JSON.parse(row.op) as Extract<PushOperation, { kind: 'add_revision' }>);
        } else if (result.status === 'conflict') {
          const op = JSON.parse(row.op) as Extract<PushOperation, { kind: 'add_revision' }>;
          this.db.run(
            'INSERT OR IGNORE INTO sync_conflicts (revision_id, story_id, head_revision_id, detected_at) VALUES (?, ?, ?, ?)',
            op.args.revisionId, op.args.storyId, typeof result.headRevisionId === 'string' ? result.headRevisionId : null, at,
          );
        }
        this.db.run('DELETE FROM sync_outbox WHERE op_id = ?', result.opId);
      }
    });
  }

  /**
   * A refused revision (the story was locked, say) does not exist on the server, so the next
   * save must not name it as its base: step the story's link back past every refused revision
   * to the last one the server has. The text is not lost: the local document still holds it,
   * and the next save sends it.
   */
  #rebaseAfterRejection(op: Extract<PushOperation, { kind: 'add_revision' }>): void {
    const link = this.db.get<{ base_revision_id: string | null }>('SELECT base_revision_id FROM sync_story_links WHERE server_id = ?', op.args.storyId);
    if (!link || link.base_revision_id !== op.args.revisionId) return;
    let base = op.args.baseRevisionId;
    for (let guard = 0; base !== null && guard < 10_000; guard++) {
      const refused = this.db.get<{ base: string | null }>(
        "SELECT json_extract(op, '$.args.baseRevisionId') AS base FROM sync_rejected WHERE kind = 'add_revision' AND json_extract(op, '$.args.revisionId') = ?", base,
      );
      if (!refused) break;
      base = refused.base;
    }
    this.db.run('UPDATE sync_story_links SET base_revision_id = ? WHERE server_id = ?', base, op.args.storyId);
  }

  async cursor(): Promise<string> {
    return this.db.get<{ value: string }>('SELECT value FROM sync_meta WHERE key = ?', CURSOR_KEY)?.value ?? '';
  }

  async applyPage(page: PullPage): Promise<void> {
    const movedHeads: string[] = [];
    const changedLocal = this.db.transaction(() => {
      for (const { table, row } of page.rows) {
        const apply = APPLY_ROW[table];
        if (!apply) continue; // a table a newer server sends that this client does not keep
        apply(this.db, row);
        if (table === 'stories') {
          movedHeads.push(String(row.id));
          // A head we never saw written: the story's earlier rows were hidden from us then.
          const head = row.head_revision_id;
          if (typeof head === 'string' && !this.db.get('SELECT 1 AS x FROM replica_revisions WHERE id = ?', head)) {
            this.db.run('INSERT OR IGNORE INTO sync_history_needed (story_id) VALUES (?)', String(row.id));
          }
        }
      }
      this.db.run('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)', CURSOR_KEY, page.cursor);
      return movedHeads.flatMap((id) => this.#fastForward(id));
    });
    if (changedLocal.length > 0) this.#onApplied?.(changedLocal);
  }

  /** Stories whose earlier rows must be fetched with story_history(), a few at a time. */
  storiesNeedingHistory(limit: number): string[] {
    return this.db.all<{ story_id: string }>('SELECT story_id FROM sync_history_needed ORDER BY story_id LIMIT ?', limit).map((r) => r.story_id);
  }

  /** Apply a story's whole history (as pulled rows) and mark it complete, in one transaction. */
  applyHistory(storyId: string, history: StoryHistory): void {
    const changed = this.db.transaction(() => {
      const rows: PulledRow[] = [
        ...history.revisions.map((row) => ({ table: 'story_revisions' as const, row })),
        ...history.reviewEvents.map((row) => ({ table: 'review_events' as const, row })),
        ...history.comments.map((row) => ({ table: 'review_comments' as const, row })),
        ...(history.lock ? [{ table: 'story_locks' as const, row: history.lock }] : []),
        ...(history.story ? [{ table: 'stories' as const, row: history.story }] : []),
      ];
      for (const { table, row } of rows) APPLY_ROW[table]!(this.db, row);
      this.db.run('DELETE FROM sync_history_needed WHERE story_id = ?', storyId);
      return history.story ? this.#fastForward(storyId) : [];
    });
    if (changed.length > 0) this.#onApplied?.(changed);
  }

  replaceUsers(users: readonly { role_name: string; display_name: string }[]): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM replica_users');
      for (const u of users) this.db.run('INSERT INTO replica_users (role_name, display_name) VALUES (?, ?)', u.role_name, u.display_name);
    });
  }

  markSynced(): void {
    this.db.run('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)', LAST_SYNCED_KEY, this.#iso());
  }

  lastSyncedAt(): string | null {
    return this.db.get<{ value: string }>('SELECT value FROM sync_meta WHERE key = ?', LAST_SYNCED_KEY)?.value ?? null;
  }

  /** Close every open conflict of a story (its merge has been queued as a new revision). */
  resolveConflicts(storyId: string): void {
    this.db.run('UPDATE sync_conflicts SET resolved_at = ? WHERE story_id = ? AND resolved_at IS NULL', this.#iso(), storyId);
  }

  openConflicts(): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL')!.n;
  }

  rejectedOps(): RejectedOp[] {
    return this.db.all<{ op_id: string; kind: string; code: string; error: string; rejected_at: string }>(
      'SELECT op_id, kind, code, error, rejected_at FROM sync_rejected ORDER BY rejected_at, rowid',
    ).map((r) => ({ opId: r.op_id, kind: r.kind, code: r.code, error: r.error, rejectedAt: r.rejected_at }));
  }

  /**
   * Bring the local copy of a story up to the server's head when nobody has edited it here
   * since it was last based on the server (no queued revision, no open conflict). A story first
   * seen on the server gets a local copy under the server's id. Returns the local ids changed.
   */
  #fastForward(serverId: string): string[] {
    const story = this.db.get<{ head_revision_id: string | null; title: string; desk_id: string }>(
      'SELECT head_revision_id, title, desk_id FROM replica_stories WHERE id = ?', serverId,
    );
    if (!story?.head_revision_id) return [];
    const head = this.db.get<{ body: string; created_at: string }>('SELECT body, created_at FROM replica_revisions WHERE id = ?', story.head_revision_id);
    const headDocument = head ? revisionDocument(JSON.parse(head.body)) : null;
    if (!head || !headDocument) return [];
    const document = JSON.stringify(headDocument);
    const link = this.db.get<{ local_id: string; base_revision_id: string | null }>(
      'SELECT local_id, base_revision_id FROM sync_story_links WHERE server_id = ?', serverId,
    );
    if (link?.base_revision_id === story.head_revision_id) return [];
    const now = this.#iso();
    if (!link) {
      const taken = this.db.get('SELECT 1 AS x FROM stories WHERE id = ?', serverId);
      if (taken) return [];
      this.db.run(
        'INSERT INTO stories (id, title, document, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
        serverId, story.title, document, head.created_at, now,
      );
      this.db.run('INSERT INTO sync_story_links (local_id, server_id, desk_id, base_revision_id) VALUES (?, ?, ?, ?)',
        serverId, serverId, story.desk_id, story.head_revision_id);
      return [serverId];
    }
    const edited = this.db.get("SELECT 1 AS x FROM sync_outbox WHERE story_id = ? AND kind = 'add_revision'", serverId)
      ?? this.db.get('SELECT 1 AS x FROM sync_conflicts WHERE story_id = ? AND resolved_at IS NULL', serverId);
    if (edited) return [];
    // A local save the outbox has not seen yet (the app saves locally first): keep it; the next
    // sync of it will be based on the old head and come back as a conflict with a merge.
    const local = this.db.get<{ document: string }>('SELECT document FROM stories WHERE id = ?', link.local_id);
    const base = link.base_revision_id
      ? this.db.get<{ body: string }>('SELECT body FROM replica_revisions WHERE id = ?', link.base_revision_id)
      : undefined;
    if (local && (!base || canonicalJson(JSON.parse(local.document)) !== canonicalJson(revisionDocument(JSON.parse(base.body))))) return [];
    // The head may be our own revision coming back: then the document is already this body.
    this.db.run(
      'UPDATE stories SET document = ?, title = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND document IS NOT ?',
      document, story.title, now, link.local_id, document,
    );
    this.db.run('UPDATE sync_story_links SET base_revision_id = ? WHERE local_id = ?', story.head_revision_id, link.local_id);
    return [link.local_id];
  }
}


/** An outbox row (alias o) that is neither held nor behind a held op of its story; ? = hold cutoff. */
// Plain `?`, not `?1`: node:sqlite before Node 23 binds positional values only to anonymous parameters.
const NOT_HELD = `NOT EXISTS (SELECT 1 FROM sync_outbox h WHERE h.held_at > ? AND h.seq <= o.seq
  AND (h.seq = o.seq OR h.story_id = o.story_id))`;

const text = (v: unknown): SqlValue => (v === null || v === undefined ? null : String(v));
const flag = (v: unknown): number => (v === true ? 1 : 0);
const json = (v: unknown): string => JSON.stringify(v ?? null);

/** One upsert per pulled table, keyed by the server's id: applying a row twice is a no-op. */
const APPLY_ROW: Record<string, (db: SqlDatabase, row: Record<string, unknown>) => void> = {
  stories: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_stories (id, desk_id, slug, title, embargoed, head_revision_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    text(r.id), text(r.desk_id), text(r.slug), text(r.title), flag(r.embargoed), text(r.head_revision_id), text(r.created_by), text(r.created_at),
  ),
  story_revisions: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_revisions (id, story_id, base_revision_id, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    text(r.id), text(r.story_id), text(r.base_revision_id), json(r.body), text(r.author), text(r.created_at),
  ),
  review_events: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_review_events (id, story_id, revision_id, kind, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    text(r.id), text(r.story_id), text(r.revision_id), text(r.kind), text(r.note) ?? '', text(r.author), text(r.created_at),
  ),
  review_comments: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_comments (id, story_id, revision_id, anchor, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    text(r.id), text(r.story_id), text(r.revision_id), r.anchor === null || r.anchor === undefined ? null : json(r.anchor), text(r.body), text(r.author), text(r.created_at),
  ),
  story_locks: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_locks (story_id, holder, acquired_at, expires_at, released) VALUES (?, ?, ?, ?, ?)',
    text(r.story_id), text(r.holder), text(r.acquired_at), text(r.expires_at), flag(r.released),
  ),
  sources: (db, r) => db.run(
    'INSERT OR REPLACE INTO replica_sources (id, desk_id, restricted, title, published, file_name, file_size, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    text(r.id), text(r.desk_id), flag(r.restricted), text(r.title), text(r.published), text(r.file_name), r.file_size === null || r.file_size === undefined ? null : Number(r.file_size), text(r.created_by), text(r.created_at),
  ),
};
