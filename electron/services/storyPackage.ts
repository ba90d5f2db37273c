// Export and import of `.crosscheck` story packages: how a story travels from writer to editor
// and back without a server. Import validates everything first, then writes in one transaction;
// an existing story is never overwritten silently (the local copy survives as a deleted story).
import { MAX_DOCUMENT_JSON_CHARS } from '../shared/ipcContract.ts';
import type { StoryDocument } from '../shared/ipcContract.ts';
import { MAX_PACKAGE_CHARS } from '../shared/reviewContract.ts';
import type { PackageImportResult } from '../shared/reviewContract.ts';
import { newId, sourceTextHash } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { ReviewStore } from '../store/reviewStore.ts';
import { PACKAGE_FORMAT, PACKAGE_VERSION, storyPackageSchema } from './storyPackageSchema.ts';
import type { PackageSource, StoryPackage } from './storyPackageSchema.ts';
import { nestingExceeds } from './nestingExceeds.ts';

/** A package that cannot be imported; the message is fit for the user. Nothing was stored. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

/** Far deeper than any story document; checked before zod's recursive schema runs. */
const MAX_NESTING = 64;

export function buildStoryPackage(store: CrosscheckStore, storyId: string, hiddenClaims: readonly string[] = [], now: Date = new Date()): StoryPackage {
  const story = store.getStory(storyId);
  const reviews = new ReviewStore(store.db);
  const sources: PackageSource[] = store.listStorySources(storyId).map((summary) => {
    const { charCount: _chars, ...source } = store.getSource(summary.id);
    return source;
  });
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    exportedAt: now.toISOString(),
    story: {
      id: story.id, title: story.title, revision: story.revision, createdAt: story.createdAt, updatedAt: story.updatedAt,
      published: story.published, document: story.document,
    },
    sources,
    reviews: reviews.listReviews(storyId),
    comments: reviews.listComments(storyId),
    // Stored with the story; a window may also pass choices it has not stored yet.
    hiddenClaims: [...new Set([...store.getHiddenClaims(storyId), ...hiddenClaims])],
  };
}

export function serializeStoryPackage(pkg: StoryPackage): string {
  return `${JSON.stringify(pkg, null, 1)}\n`;
}

/** Reads and validates a package; throws PackageError with a sentence saying what is wrong. */
export function parseStoryPackage(text: string): StoryPackage {
  if (text.length > MAX_PACKAGE_CHARS) {
    throw new PackageError(`This package is larger than the ${Math.round(MAX_PACKAGE_CHARS / 1_000_000)} MB limit, so it was not opened.`);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new PackageError('This package is empty. Ask for it to be exported again.');
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (trimmed.startsWith('{') && (/end of (JSON )?input|Unterminated/i.test(message) || !trimmed.endsWith('}'))) {
      throw new PackageError('This package is incomplete: the file ends too early, probably cut off while copying. Ask for it to be exported again.');
    }
    throw new PackageError('This file is damaged or is not a Crosscheck story package (it is not valid JSON).');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== PACKAGE_FORMAT) {
    throw new PackageError('This file is not a Crosscheck story package.');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACKAGE_VERSION) {
    throw new PackageError(`This package was made by a newer Crosscheck (package format ${version}; this version reads format ${PACKAGE_VERSION}). Update Crosscheck to open it.`);
  }
  if (nestingExceeds(raw, MAX_NESTING)) throw new PackageError('This package is damaged: its story is nested too deeply to be a real document.');
  const parsed = storyPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    const what = (issue?.message ?? 'unexpected content').replace(/^Invalid input: expected (\w+), received undefined$/, 'a required $1 is missing');
    throw new PackageError(`This package is damaged and was not opened${where}: ${what}.`);
  }
  const pkg = parsed.data;
  if (JSON.stringify(pkg.story.document).length > MAX_DOCUMENT_JSON_CHARS) throw new PackageError('The story in this package is too long to open.');
  const duplicate = firstDuplicate([pkg.sources.map((s) => s.id), pkg.reviews.map((r) => r.id), pkg.comments.map((c) => c.id)]);
  if (duplicate) throw new PackageError(`This package is damaged and was not opened: the id "${duplicate.slice(0, 64)}" appears twice.`);
  const decisionIds = pkg.reviews.flatMap((r) => r.decisions.map((d) => d.id));
  const replyIds = pkg.comments.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]);
  const inner = firstDuplicate([decisionIds, replyIds]);
  if (inner) throw new PackageError(`This package is damaged and was not opened: the id "${inner.slice(0, 64)}" appears twice.`);
  return pkg;
}

export interface ImportOptions {
  onExisting: 'ask' | 'keep-both' | 'replace';
  now?: Date;
}

export function importStoryPackage(store: CrosscheckStore, text: string, options: ImportOptions): PackageImportResult {
  const pkg = parseStoryPackage(text);
  const now = (options.now ?? new Date()).toISOString();
  const incoming = pkg.story;
  const existing = store.db.get<{ id: string; title: string; updated_at: string; revision: number; deleted_at: string | null }>(
    'SELECT id, title, updated_at, revision, deleted_at FROM stories WHERE id = ?', incoming.id,
  );
  if (existing && existing.deleted_at === null && options.onExisting === 'ask') {
    const decisions = pkg.reviews.flatMap((r) => r.decisions);
    return {
      status: 'exists', storyId: existing.id, localTitle: existing.title, localUpdatedAt: existing.updated_at,
      incomingTitle: incoming.title, incomingUpdatedAt: incoming.updatedAt,
      incomingDecisions: decisions.length,
      incomingComments: pkg.comments.length,
      incomingReviewers: [...new Set(decisions.map((d) => d.reviewer).filter((name) => name !== ''))].slice(0, 10),
      localDecisions: store.db.get<{ n: number }>('SELECT count(*) AS n FROM review_decisions WHERE story_id = ?', existing.id)?.n ?? 0,
    };
  }
  const reviews = new ReviewStore(store.db);
  return store.db.transaction(() => {
    let storyId = incoming.id;
    let title = incoming.title;
    let replacedCopyId: string | null = null;
    const document = JSON.stringify(incoming.document satisfies StoryDocument);
    if (existing && options.onExisting === 'keep-both') {
      storyId = newId();
      title = `${incoming.title} (imported)`;
      store.db.run(
        'INSERT INTO stories (id, title, document, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
        storyId, title, document, incoming.createdAt, now,
      );
    } else if (existing) {
      // "Replace" (or an existing story that was already deleted): the local version moves to a
      // new id as a deleted story, with its sources, reviews and comments, so restoreStory brings
      // it back; the imported version takes the id and a higher revision, so an editor window
      // still holding the old text gets a conflict instead of overwriting the import.
      replacedCopyId = newId();
      store.db.run(
        'INSERT INTO stories (id, title, document, metadata, revision, created_at, updated_at, deleted_at) ' +
          'SELECT ?, title || ?, document, metadata, revision, created_at, updated_at, COALESCE(deleted_at, ?) FROM stories WHERE id = ?',
        replacedCopyId, ` (before import ${now.slice(0, 16).replace('T', ' ')})`, now, incoming.id,
      );
      store.db.run('INSERT INTO story_sources (story_id, source_id, attached_at) SELECT ?, source_id, attached_at FROM story_sources WHERE story_id = ?', replacedCopyId, incoming.id);
      store.db.run('DELETE FROM story_sources WHERE story_id = ?', incoming.id);
      reviews.moveAll(incoming.id, replacedCopyId);
      store.db.run(
        'UPDATE stories SET title = ?, document = ?, revision = ?, created_at = ?, updated_at = ?, deleted_at = NULL WHERE id = ?',
        title, document, Math.max(existing.revision, incoming.revision) + 1, incoming.createdAt, now, incoming.id,
      );
    } else {
      store.db.run(
        'INSERT INTO stories (id, title, document, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        storyId, title, document, incoming.revision, incoming.createdAt, now,
      );
    }
    let sourcesAdded = 0;
    let sourcesReused = 0;
    for (const source of pkg.sources) {
      const reuse = findSameSource(store, source);
      const sourceId = reuse ?? insertSource(store, source);
      if (reuse) sourcesReused++;
      else sourcesAdded++;
      store.db.run('INSERT OR IGNORE INTO story_sources (story_id, source_id, attached_at) VALUES (?, ?, ?)', storyId, sourceId, now);
    }
    reviews.insertImported(storyId, pkg.reviews, pkg.comments);
    if (incoming.published) store.setStoryPublished(storyId, incoming.published);
    const hidden = pkg.hiddenClaims ?? [];
    if (hidden.length > 0) {
      // Added to the local story's own choices ("replace" keeps them; a new story has none).
      store.setHiddenClaims(storyId, [...store.getHiddenClaims(storyId), ...hidden]);
    }
    return { status: 'imported', storyId, title, replacedCopyId, sourcesAdded, sourcesReused, hiddenClaims: pkg.hiddenClaims ?? [] };
  });
}

/**
 * What a package adds to a story this library already holds, without touching its text: the
 * sources it cites (attached; a copy only when the library lacks the text), the claim decisions
 * and comments this library has not seen (by id: nothing here is overwritten), and the figures
 * marked "Not a claim". How a newsroom revision brings the other side's review along.
 */
export function mergePackageReview(store: CrosscheckStore, storyId: string, pkg: StoryPackage, now: Date = new Date()): void {
  const parsed = parseStoryPackage(JSON.stringify(pkg));
  const reviews = new ReviewStore(store.db);
  store.db.transaction(() => {
    for (const source of parsed.sources) {
      const sourceId = findSameSource(store, source) ?? insertSource(store, source);
      store.db.run('INSERT OR IGNORE INTO story_sources (story_id, source_id, attached_at) VALUES (?, ?, ?)', storyId, sourceId, now.toISOString());
    }
    const decided = new Set(store.db.all<{ id: string }>('SELECT id FROM review_decisions WHERE story_id = ?', storyId).map((r) => r.id));
    const commented = new Set(store.db.all<{ id: string }>('SELECT id FROM comments WHERE story_id = ?', storyId).map((r) => r.id));
    const newReviews = parsed.reviews
      .map((review) => ({ ...review, decisions: review.decisions.filter((d) => !decided.has(d.id)) }))
      .filter((review) => review.decisions.length > 0);
    reviews.insertImported(storyId, newReviews, parsed.comments.filter((c) => !commented.has(c.id)));
    const hidden = parsed.hiddenClaims ?? [];
    if (hidden.length > 0) store.setHiddenClaims(storyId, [...new Set([...store.getHiddenClaims(storyId), ...hidden])]);
  });
}

/** A live source with the same text (the same id first): the library keeps one copy of a document. */
function findSameSource(store: CrosscheckStore, source: PackageSource): string | undefined {
  const sameId = store.db.get<{ id: string }>('SELECT id FROM sources WHERE id = ? AND deleted_at IS NULL AND text = ?', source.id, source.text);
  if (sameId) return sameId.id;
  return store.db.get<{ id: string }>('SELECT id FROM sources WHERE deleted_at IS NULL AND text = ? ORDER BY seq LIMIT 1', source.text)?.id;
}

function insertSource(store: CrosscheckStore, source: PackageSource): string {
  const taken = store.db.get('SELECT 1 AS x FROM sources WHERE id = ?', source.id);
  const id = taken ? newId() : source.id;
  store.db.run(
    'INSERT INTO sources (id, title, outlet, byline, url, published, tags, text, text_hash, file_name, file_type, created_at, updated_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    id, source.title || 'Untitled source', source.outlet, source.byline ?? '', source.url, source.published, JSON.stringify(source.tags),
    source.text, sourceTextHash(source.text), source.fileName, source.fileType, source.createdAt, source.updatedAt,
  );
  return id;
}

function firstDuplicate(lists: readonly (readonly string[])[]): string | undefined {
  for (const list of lists) {
    const seen = new Set<string>();
    for (const value of list) {
      if (seen.has(value)) return value;
      seen.add(value);
    }
  }
  return undefined;
}

/** A file name for the story: its title, filesystem-safe, with the given extension. */
export function fileNameFor(title: string, extension: string): string {
  const base = [...title.normalize('NFKC')]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base || 'Untitled story'}.${extension}`;
}

