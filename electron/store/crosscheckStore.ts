// The library: stories, sources and the links between them, on one SQLite file. Every method is
// synchronous and each write is one transaction, so a failed call leaves nothing half-written.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  DEFAULT_PREFERENCES, MAX_DOCUMENT_JSON_CHARS, preferencesSchema,
} from '../shared/ipcContract.ts';
import type {
  AppState, ErrorCode, Preferences, Source, SourceFileType, SourceListItem, SourceSummary,
  DeletedStory, Story, StoryDocument, StorySummary,
} from '../shared/ipcContract.ts';
import { withoutUnsafeLinks } from '../shared/withoutUnsafeLinks.ts';
import { searchTerms } from '../shared/searchTerms.ts';
import { migrate } from './migrations.ts';
import { searchSources } from './searchSources.ts';
import { SOURCE_SUMMARY_COLUMNS, sourceColumns, toSourceSummary } from './sourceRows.ts';
import type { SourceRow } from './sourceRows.ts';
import { openSqliteDatabase } from './sqliteDatabase.ts';
import type { SqlDatabase } from './sqliteDatabase.ts';

/** A failure the user can act on; `code` maps straight onto the IPC error codes. */
export class StoreError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

export interface NewSource {
  text: string;
  title?: string | undefined;
  outlet?: string | undefined;
  byline?: string | undefined;
  url?: string | undefined;
  published?: string | null | undefined;
  tags?: string[] | undefined;
  fileName?: string | null | undefined;
  fileType: SourceFileType;
  /** The client's id for this import; storing the same id twice returns the first source. */
  importId?: string | undefined;
}

export interface SourcePatch {
  title?: string | undefined;
  outlet?: string | undefined;
  byline?: string | undefined;
  url?: string | undefined;
  published?: string | null | undefined;
  tags?: string[] | undefined;
}

/** Stable, URL-safe, nanoid-like ids (also used for Slate block ids). */
export function newId(length = 16): string {
  return randomBytes(Math.ceil((length * 3) / 4)).toString('base64url').slice(0, length);
}

/** Soft-deleted rows are kept this long so "undo delete" works across restarts, then purged. */
const PURGE_AFTER_DAYS = 30;
const LAST_OPENED_KEY = 'lastOpenedStoryId';
const PREFERENCES_KEY = 'preferences';

interface StoryRow { [key: string]: unknown; id: string; title: string; document: string; revision: number; created_at: string; updated_at: string; published: string | null }

const STORY_SUMMARY_COLUMNS = "id, title, json_extract(metadata, '$.published') AS published, revision, created_at, updated_at";

export function emptyStoryDocument(headline = ''): StoryDocument {
  return [
    { type: 'headline', id: newId(10), children: [{ text: headline }] },
    { type: 'paragraph', id: newId(10), children: [{ text: '' }] },
  ];
}

export class CrosscheckStore {
  readonly file: string;
  readonly db: SqlDatabase;
  /** Schema version found on open; 0 means a brand-new library. */
  readonly openedAtVersion: number;
  private readonly now: () => Date;

  private constructor(file: string, db: SqlDatabase, openedAtVersion: number, now: () => Date) {
    this.file = file;
    this.db = db;
    this.openedAtVersion = openedAtVersion;
    this.now = now;
  }

  static open(file: string, options: { now?: () => Date } = {}): CrosscheckStore {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = openSqliteDatabase(file);
    try {
      const version = migrate(db);
      const store = new CrosscheckStore(file, db, version, options.now ?? (() => new Date()));
      store.purgeDeleted();
      store.hashUnhashedSources();
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  // ---- stories -------------------------------------------------------------------------------

  listStories(): StorySummary[] {
    return this.db
      .all<StoryRow>(`SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NULL ORDER BY updated_at DESC, id`)
      .map(toStorySummary);
  }

  /** Stories deleted but not yet purged, newest deletion first: the "Recently deleted" list. */
  listDeletedStories(): { stories: DeletedStory[]; keptForDays: number } {
    const rows = this.db.all<StoryRow & { deleted_at: string }>(
      `SELECT ${STORY_SUMMARY_COLUMNS}, deleted_at FROM stories WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`,
    );
    return { stories: rows.map((row) => ({ ...toStorySummary(row), deletedAt: row.deleted_at })), keptForDays: PURGE_AFTER_DAYS };
  }

  getStory(id: string): Story {
    const row = this.db.get<StoryRow>(`SELECT ${STORY_SUMMARY_COLUMNS}, document FROM stories WHERE id = ? AND deleted_at IS NULL`, id);
    if (!row) throw notFound('story');
    // Stored links are checked on every read: the row may predate the check or come from elsewhere.
    return { ...toStorySummary(row), document: withoutUnsafeLinks(JSON.parse(row.document) as StoryDocument) };
  }

  createStory(input: { title?: string | undefined; document?: StoryDocument | undefined } = {}): Story {
    const title = input.title?.trim() || headlineOf(input.document) || 'Untitled story';
    const document = input.document ?? emptyStoryDocument(input.title?.trim() ?? '');
    const json = serializeDocument(document);
    const id = newId();
    const at = this.timestamp();
    this.db.transaction(() => {
      this.db.run(
        'INSERT INTO stories (id, title, document, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
        id, title, json, at, at,
      );
    });
    return this.getStory(id);
  }

  /** Renaming changes the list title only; it does not bump the revision, so an open editor's
   *  next save is not mistaken for a conflict. */
  renameStory(id: string, title: string): StorySummary {
    const changes = this.db.transaction(() =>
      this.db.run('UPDATE stories SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', title.trim(), this.timestamp(), id).changes,
    );
    if (changes === 0) throw notFound('story');
    return this.storySummary(id);
  }

  /** The date the story is published (YYYY-MM-DD) or null. Kept in its metadata, like a rename it
   *  does not bump the revision: an open editor's next save is no conflict. */
  setStoryPublished(id: string, published: string | null): StorySummary {
    const changes = this.db.transaction(() =>
      (published === null
        ? this.db.run("UPDATE stories SET metadata = json_remove(metadata, '$.published') WHERE id = ? AND deleted_at IS NULL", id)
        : this.db.run("UPDATE stories SET metadata = json_set(metadata, '$.published', ?) WHERE id = ? AND deleted_at IS NULL", published, id)
      ).changes,
    );
    if (changes === 0) throw notFound('story');
    return this.storySummary(id);
  }

  duplicateStory(id: string): Story {
    const source = this.getStory(id);
    const copyId = newId();
    const at = this.timestamp();
    this.db.transaction(() => {
      this.db.run(
        'INSERT INTO stories (id, title, document, metadata, revision, created_at, updated_at) ' +
          'SELECT ?, ?, document, metadata, 1, ?, ? FROM stories WHERE id = ?',
        copyId, `${source.title} (copy)`, at, at, id,
      );
      this.db.run(
        'INSERT INTO story_sources (story_id, source_id, attached_at) SELECT ?, source_id, ? FROM story_sources WHERE story_id = ?',
        copyId, at, id,
      );
    });
    return this.getStory(copyId);
  }

  deleteStory(id: string): { id: string; deletedAt: string } {
    const deletedAt = this.timestamp();
    const changes = this.db.transaction(() =>
      this.db.run('UPDATE stories SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', deletedAt, id).changes,
    );
    if (changes === 0) throw notFound('story');
    return { id, deletedAt };
  }

  restoreStory(id: string): StorySummary {
    const changes = this.db.transaction(() =>
      this.db.run('UPDATE stories SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', id).changes,
    );
    if (changes === 0) throw new StoreError('not-found', 'There is no deleted story to restore; it may have been restored already.');
    return this.storySummary(id);
  }

  /** Compare-and-swap on the revision: a save based on an old revision is refused, never merged. */
  saveStory(id: string, document: StoryDocument, baseRevision: number): { revision: number; savedAt: string } {
    const json = serializeDocument(document);
    const savedAt = this.timestamp();
    return this.db.transaction(() => {
      const current = this.db.get<{ revision: number }>('SELECT revision FROM stories WHERE id = ? AND deleted_at IS NULL', id);
      if (!current) throw notFound('story');
      if (current.revision !== baseRevision) {
        throw new StoreError(
          'conflict',
          `This story was changed elsewhere (revision ${current.revision}, this copy is based on ${baseRevision}). Reload it before saving.`,
        );
      }
      this.db.run(
        'UPDATE stories SET document = ?, title = CASE WHEN title = \'Untitled story\' AND ? <> \'\' THEN ? ELSE title END, ' +
          'revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?',
        json, headlineOf(document), headlineOf(document), savedAt, id, baseRevision,
      );
      return { revision: baseRevision + 1, savedAt };
    });
  }

  /** Figures the writer marked "Not a claim" in this story (live checking hides their flags). */
  getHiddenClaims(storyId: string): string[] {
    const row = this.db.get<{ keys: string | null }>(
      "SELECT json_extract(metadata, '$.hiddenClaims') AS keys FROM stories WHERE id = ? AND deleted_at IS NULL",
      storyId,
    );
    if (!row) throw notFound('story');
    const keys: unknown = row.keys ? JSON.parse(row.keys) : [];
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
  }

  /** Kept in the story's metadata, not its document: it neither bumps the revision nor counts as an edit. */
  setHiddenClaims(storyId: string, keys: readonly string[]): string[] {
    const unique = [...new Set(keys)];
    const changes = this.db.transaction(() =>
      this.db.run(
        "UPDATE stories SET metadata = json_set(metadata, '$.hiddenClaims', json(?)) WHERE id = ? AND deleted_at IS NULL",
        JSON.stringify(unique), storyId,
      ).changes,
    );
    if (changes === 0) throw notFound('story');
    return unique;
  }

  private storySummary(id: string): StorySummary {
    const row = this.db.get<StoryRow>(`SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE id = ? AND deleted_at IS NULL`, id);
    if (!row) throw notFound('story');
    return toStorySummary(row);
  }

  private assertLiveStory(id: string): void {
    if (!this.db.get('SELECT 1 AS x FROM stories WHERE id = ? AND deleted_at IS NULL', id)) throw notFound('story');
  }

  // ---- sources -------------------------------------------------------------------------------

  /** Without a query: every live source, newest first. With one: FTS5 over title + text, best
   *  first, each with a snippet (searchSources.ts). */
  listSources(query?: string): SourceListItem[] {
    if (query !== undefined && searchTerms(query).length > 0) return searchSources(this.db, query);
    return this.db
      .all<SourceRow>(`SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources WHERE deleted_at IS NULL ORDER BY created_at DESC, seq DESC`)
      .map(toSourceSummary);
  }

  getSource(id: string): Source {
    const row = this.db.get<SourceRow>(`SELECT ${SOURCE_SUMMARY_COLUMNS}, text FROM sources WHERE id = ? AND deleted_at IS NULL`, id);
    if (!row) throw notFound('source');
    return { ...toSourceSummary(row), text: row.text ?? '' };
  }

  /** Stores a source and, with `storyId`, attaches it, in one transaction: both or neither.
   *  With an `importId` already stored, it stores nothing and returns that import's source. */
  createSource(input: NewSource, storyId?: string): Source {
    const text = normalizeText(input.text);
    if (text.trim() === '') throw new StoreError('invalid-request', 'The source has no text.');
    let id = newId();
    const at = this.timestamp();
    this.db.transaction(() => {
      const earlier = input.importId === undefined ? undefined : this.importedSourceId(input.importId);
      if (earlier !== undefined) {
        id = earlier;
        return;
      }
      if (storyId !== undefined) this.assertLiveStory(storyId);
      this.db.run(
        'INSERT INTO sources (id, title, outlet, byline, url, published, tags, text, text_hash, file_name, file_type, created_at, updated_at, import_id) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        id, input.title?.trim() || titleFromText(text), input.outlet?.trim() ?? '', input.byline?.trim() ?? '', input.url?.trim() ?? '',
        input.published ?? null, JSON.stringify(cleanTags(input.tags ?? [])), text, sourceTextHash(text), input.fileName ?? null,
        input.fileType, at, at, input.importId ?? null,
      );
      if (storyId !== undefined) {
        this.db.run('INSERT INTO story_sources (story_id, source_id, attached_at) VALUES (?, ?, ?)', storyId, id, at);
      }
    });
    return this.getSource(id);
  }

  /** A live source whose text is this text, whitespace aside (the oldest, if several): importing
   *  the same wire story or web page twice is noticed before it is stored twice. */
  findSourceWithSameText(text: string): SourceSummary | undefined {
    const row = this.db.get<SourceRow>(
      `SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources WHERE text_hash = ? AND deleted_at IS NULL ORDER BY seq LIMIT 1`,
      sourceTextHash(normalizeText(text)),
    );
    return row ? toSourceSummary(row) : undefined;
  }

  /** Sources stored before hashes existed (schema 3 and older) or written by an older story-package
   *  import get theirs here, once, in one transaction. */
  private hashUnhashedSources(): void {
    const rows = this.db.all<{ [key: string]: unknown; seq: number; text: string }>('SELECT seq, text FROM sources WHERE text_hash IS NULL');
    if (rows.length === 0) return;
    try {
      this.db.transaction(() => {
        for (const row of rows) this.db.run('UPDATE sources SET text_hash = ? WHERE seq = ?', sourceTextHash(row.text), row.seq);
      });
    } catch {
      // A library that cannot be written now (a full disk) still opens; those sources are only
      // missed by duplicate detection until the next start.
    }
  }

  /** The source a file import with this id stored, if it has run; the caller can skip parsing. */
  sourceForImport(importId: string): Source | undefined {
    const id = this.importedSourceId(importId);
    return id === undefined ? undefined : this.getSource(id);
  }

  private importedSourceId(importId: string): string | undefined {
    const row = this.db.get<{ [key: string]: unknown; id: string; deleted_at: string | null }>(
      'SELECT id, deleted_at FROM sources WHERE import_id = ?', importId,
    );
    if (row?.deleted_at) throw new StoreError('conflict', 'This file was imported already, and that source has since been deleted. Restore it, or import the file again.');
    return row?.id;
  }

  updateSource(id: string, patch: SourcePatch): SourceSummary {
    const sets: string[] = [];
    const values: (string | null)[] = [];
    const set = (column: string, value: string | null) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (patch.title !== undefined) set('title', patch.title.trim());
    if (patch.outlet !== undefined) set('outlet', patch.outlet.trim());
    if (patch.byline !== undefined) set('byline', patch.byline.trim());
    if (patch.url !== undefined) set('url', patch.url.trim());
    if (patch.published !== undefined) set('published', patch.published);
    if (patch.tags !== undefined) set('tags', JSON.stringify(cleanTags(patch.tags)));
    set('updated_at', this.timestamp());
    const changes = this.db.transaction(
      () => this.db.run(`UPDATE sources SET ${sets.join(', ')} WHERE id = ? AND deleted_at IS NULL`, ...values, id).changes,
    );
    if (changes === 0) throw notFound('source');
    return this.sourceSummary(id);
  }

  /** Soft delete: links to stories are kept so that `restoreSource` brings them back too. */
  deleteSource(id: string): { id: string; deletedAt: string } {
    const deletedAt = this.timestamp();
    const changes = this.db.transaction(
      () => this.db.run('UPDATE sources SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', deletedAt, id).changes,
    );
    if (changes === 0) throw notFound('source');
    return { id, deletedAt };
  }

  restoreSource(id: string): SourceSummary {
    const changes = this.db.transaction(
      () => this.db.run('UPDATE sources SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', id).changes,
    );
    if (changes === 0) throw new StoreError('not-found', 'There is no deleted source to restore; it may have been restored already.');
    return this.sourceSummary(id);
  }

  private sourceSummary(id: string): SourceSummary {
    const row = this.db.get<SourceRow>(`SELECT ${SOURCE_SUMMARY_COLUMNS} FROM sources WHERE id = ? AND deleted_at IS NULL`, id);
    if (!row) throw notFound('source');
    return toSourceSummary(row);
  }

  // ---- story ↔ source links ------------------------------------------------------------------

  listStorySources(storyId: string): SourceSummary[] {
    this.assertLiveStory(storyId);
    return this.db
      .all<SourceRow>(
        `SELECT ${sourceColumns('s')}
           FROM story_sources l JOIN sources s ON s.id = l.source_id
          WHERE l.story_id = ? AND s.deleted_at IS NULL
          ORDER BY l.attached_at, s.seq`,
        storyId,
      )
      .map(toSourceSummary);
  }

  attachSource(storyId: string, sourceId: string): SourceSummary[] {
    this.db.transaction(() => {
      this.assertLiveStory(storyId);
      if (!this.db.get('SELECT 1 AS x FROM sources WHERE id = ? AND deleted_at IS NULL', sourceId)) throw notFound('source');
      this.db.run(
        'INSERT OR IGNORE INTO story_sources (story_id, source_id, attached_at) VALUES (?, ?, ?)',
        storyId, sourceId, this.timestamp(),
      );
    });
    return this.listStorySources(storyId);
  }

  detachSource(storyId: string, sourceId: string): SourceSummary[] {
    this.db.transaction(() => {
      this.assertLiveStory(storyId);
      this.db.run('DELETE FROM story_sources WHERE story_id = ? AND source_id = ?', storyId, sourceId);
    });
    return this.listStorySources(storyId);
  }

  // ---- app state -----------------------------------------------------------------------------

  getStateValue(key: string): unknown {
    const row = this.db.get<{ value: string }>('SELECT value FROM app_state WHERE key = ?', key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  setStateValue(key: string, value: unknown): void {
    const json = JSON.stringify(value ?? null);
    this.db.transaction(() => {
      this.db.run('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, json);
    });
  }

  getPreferences(): Preferences {
    const parsed = preferencesSchema.partial().safeParse(this.getStateValue(PREFERENCES_KEY) ?? {});
    return { ...DEFAULT_PREFERENCES, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
  }

  setPreferences(patch: Partial<Preferences>): Preferences {
    const next = { ...this.getPreferences(), ...stripUndefined(patch) };
    this.setStateValue(PREFERENCES_KEY, next);
    return next;
  }

  /** The last opened story, or null when it no longer exists (deleted stories do not reopen). */
  getAppState(): AppState {
    const last = this.getStateValue(LAST_OPENED_KEY);
    const live =
      typeof last === 'string' && this.db.get('SELECT 1 AS x FROM stories WHERE id = ? AND deleted_at IS NULL', last) ? last : null;
    return { lastOpenedStoryId: live, preferences: this.getPreferences() };
  }

  setLastOpenedStory(storyId: string | null): AppState {
    if (storyId !== null) this.assertLiveStory(storyId);
    this.setStateValue(LAST_OPENED_KEY, storyId);
    return this.getAppState();
  }

  private purgeDeleted(): void {
    const cutoff = new Date(this.now().getTime() - PURGE_AFTER_DAYS * 86_400_000).toISOString();
    this.db.transaction(() => {
      this.db.run('DELETE FROM stories WHERE deleted_at IS NOT NULL AND deleted_at < ?', cutoff);
      this.db.run('DELETE FROM sources WHERE deleted_at IS NOT NULL AND deleted_at < ?', cutoff);
    });
  }
}

// ---- helpers -----------------------------------------------------------------------------------

function notFound(what: 'story' | 'source'): StoreError {
  return new StoreError('not-found', `That ${what} no longer exists; it may have been deleted.`);
}

function toStorySummary(row: StoryRow): StorySummary {
  return {
    id: row.id, title: row.title, published: typeof row.published === 'string' ? row.published : null,
    revision: row.revision, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function serializeDocument(document: StoryDocument): string {
  const json = JSON.stringify(document);
  if (json.length > MAX_DOCUMENT_JSON_CHARS) {
    throw new StoreError('too-large', 'This story is too long to save (over 10 million characters of document data).');
  }
  return json;
}

function headlineOf(document: StoryDocument | undefined): string {
  const first = document?.find((block) => block.type === 'headline');
  if (!first) return '';
  const collect = (nodes: readonly unknown[]): string =>
    nodes
      .map((node) => {
        const n = node as { text?: unknown; children?: unknown[] };
        return typeof n.text === 'string' ? n.text : Array.isArray(n.children) ? collect(n.children) : '';
      })
      .join('');
  return collect(first.children).trim().slice(0, 500);
}

/** The identity of a source's text for duplicate detection: SHA-256 of the text in Unicode NFC
 *  with every run of whitespace made one space, so a page saved again with other line breaks or
 *  indentation, or a paste with trailing blanks, counts as the same document. */
export function sourceTextHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/gu, ' ').trim()).digest('hex');
}

function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n', 1)[0]?.trim() ?? '';
  return firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine || 'Untitled source';
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
