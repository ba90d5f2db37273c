// Versioned schema. `PRAGMA user_version` records how many migrations ran; each migration runs in
// its own transaction, so a crash mid-upgrade leaves the previous version intact. Append only:
// never edit a migration that has shipped.
import type { SqlDatabase } from './sqliteDatabase.ts';

export const MIGRATIONS: readonly string[] = [
  // 1: stories, sources with full-text search, story ↔ source links, app state.
  `
  CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (json_valid(document)),
    metadata    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
  );
  CREATE INDEX stories_live ON stories (deleted_at, updated_at);

  -- An explicit integer key: the FTS index points at it, and implicit rowids may change on VACUUM.
  CREATE TABLE sources (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    published   TEXT,
    tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    text        TEXT NOT NULL,
    file_name   TEXT,
    file_type   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
  );

  CREATE VIRTUAL TABLE sources_fts USING fts5(
    title, text, content = 'sources', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;
  CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO sources_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;

  CREATE TABLE story_sources (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    source_id   TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    attached_at TEXT NOT NULL,
    PRIMARY KEY (story_id, source_id)
  );
  CREATE INDEX story_sources_by_source ON story_sources (source_id);

  CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  );
  `,
  // 2: editor review. Decisions are append-only (the newest per review is in force, the rest is
  // history); comments and their replies share one table. Ids are unique per story, so a story
  // package can bring its own ids back into a library that already holds the same story.
  `
  CREATE TABLE review_decisions (
    seq         INTEGER PRIMARY KEY,
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    review_id   TEXT NOT NULL,
    id          TEXT NOT NULL,
    anchor      TEXT NOT NULL CHECK (json_valid(anchor)),
    state       TEXT NOT NULL CHECK (state IN ('open', 'verified', 'needs-change', 'dismissed')),
    verdict     TEXT,
    reasons     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
    reason_text TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    UNIQUE (story_id, id)
  );
  CREATE INDEX review_decisions_by_story ON review_decisions (story_id, review_id, seq);

  CREATE TABLE comments (
    seq         INTEGER PRIMARY KEY,
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    -- NULL for a comment on a text range; the comment's id for a reply.
    parent_id   TEXT,
    anchor      TEXT CHECK (anchor IS NULL OR json_valid(anchor)),
    body        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    UNIQUE (story_id, id)
  );
  CREATE INDEX comments_by_story ON comments (story_id, seq);
  `,
  // 3: the id the renderer gives each file import. A reply lost to a crash or a kill after the
  // commit leads to a retry with the same id, which must find this row instead of adding a copy.
  // SQLite cannot add a UNIQUE column, hence the unique index; pasted sources have none.
  `
  ALTER TABLE sources ADD COLUMN import_id TEXT;
  CREATE UNIQUE INDEX sources_by_import_id ON sources (import_id) WHERE import_id IS NOT NULL;
  `,
  // 4: a web page's byline, and a hash of each source's text with its whitespace collapsed, so
  // that importing a document the library already holds is noticed. SQLite has no SHA-256, so
  // rows from before this migration get their hash from CrosscheckStore.open (NULL until then).
  `
  ALTER TABLE sources ADD COLUMN byline TEXT NOT NULL DEFAULT '';
  ALTER TABLE sources ADD COLUMN text_hash TEXT;
  CREATE INDEX sources_by_text_hash ON sources (text_hash);
  `,
  // 5: the newsroom server's local side (electron/server/SqliteSyncStore.ts). The outbox holds
  // every op not yet answered, in the order written; a replica of what the server sent holds
  // what others wrote; links map a local story to its server story and the server revision the
  // local copy is based on. Replica rows keep the server's ids and are only ever overwritten by
  // a later pull, so a page applied twice (a crash between apply and cursor) changes nothing.
  `
  CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    story_id    TEXT,
    op          TEXT NOT NULL CHECK (json_valid(op)),
    bytes       INTEGER NOT NULL,
    queued_at   TEXT NOT NULL,
    -- When the server last refused it for a reason that passes (someone else's editing lock):
    -- it waits, with every later op on the same story, and is tried again after a while.
    held_at     INTEGER
  );
  CREATE INDEX sync_outbox_by_story ON sync_outbox (story_id, kind);
  CREATE TABLE sync_rejected (
    op_id       TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (json_valid(op)),
    code        TEXT NOT NULL DEFAULT '',
    error       TEXT NOT NULL DEFAULT '',
    rejected_at TEXT NOT NULL
  );
  CREATE TABLE sync_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE sync_story_links (
    local_id         TEXT PRIMARY KEY,
    server_id        TEXT NOT NULL UNIQUE,
    desk_id          TEXT NOT NULL,
    base_revision_id TEXT
  );
  CREATE TABLE sync_conflicts (
    revision_id      TEXT PRIMARY KEY,
    story_id         TEXT NOT NULL,
    head_revision_id TEXT,
    detected_at      TEXT NOT NULL,
    resolved_at      TEXT
  );
  CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, story_id);
  CREATE TABLE replica_stories (
    id TEXT PRIMARY KEY, desk_id TEXT NOT NULL, slug TEXT NOT NULL, title TEXT NOT NULL,
    embargoed INTEGER NOT NULL, head_revision_id TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE TABLE replica_revisions (
    id TEXT PRIMARY KEY, story_id TEXT NOT NULL, base_revision_id TEXT,
    body TEXT NOT NULL CHECK (json_valid(body)), author TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE INDEX replica_revisions_by_story ON replica_revisions (story_id, created_at);
  CREATE TABLE replica_review_events (
    id TEXT PRIMARY KEY, story_id TEXT NOT NULL, revision_id TEXT NOT NULL, kind TEXT NOT NULL,
    note TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE INDEX replica_review_events_by_story ON replica_review_events (story_id, created_at);
  CREATE TABLE replica_comments (
    id TEXT PRIMARY KEY, story_id TEXT NOT NULL, revision_id TEXT NOT NULL,
    anchor TEXT CHECK (anchor IS NULL OR json_valid(anchor)), body TEXT NOT NULL,
    author TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE INDEX replica_comments_by_story ON replica_comments (story_id, created_at);
  CREATE TABLE replica_locks (
    story_id TEXT PRIMARY KEY, holder TEXT NOT NULL, acquired_at TEXT NOT NULL,
    expires_at TEXT NOT NULL, released INTEGER NOT NULL
  );
  -- Stories that became visible after their first revisions were written (released from
  -- embargo, a desk joined): pull never sends those older rows, story_history() does.
  CREATE TABLE sync_history_needed (
    story_id TEXT PRIMARY KEY
  );
  -- Colleagues' display names for bylines, lock banners and the review queue.
  CREATE TABLE replica_users (
    role_name TEXT PRIMARY KEY, display_name TEXT NOT NULL
  );
  CREATE TABLE replica_sources (
    id TEXT PRIMARY KEY, desk_id TEXT NOT NULL, restricted INTEGER NOT NULL, title TEXT NOT NULL,
    published TEXT, file_name TEXT, file_size INTEGER, created_by TEXT NOT NULL, created_at TEXT NOT NULL
  );
  `,
];

/** Brings the database up to the latest schema; returns the version it started from. */
export function migrate(db: SqlDatabase): number {
  const start = Number(db.pragma('user_version'));
  if (start > MIGRATIONS.length) {
    throw new Error(
      `This library was written by a newer Crosscheck (schema ${start}, this version knows ${MIGRATIONS.length}). Update Crosscheck to open it.`,
    );
  }
  for (let version = start; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
  return start;
}
