// The one contract between the renderer and the Node side. The preload, the IPC router and the
// HTTP preview host all read this table, so a channel exists in exactly one place and every
// payload is parsed by the same zod schema whichever path it arrives by.
//
// Transport, two ways, same semantics:
//   Electron:  window[CROSSCHECK_API_KEY].<method>(request)  →  ipcRenderer.invoke(channel, request)
//   Preview:   POST /api/<channel>  (e.g. POST /api/stories.save)
//              headers  Content-Type: application/json, X-Crosscheck-Token: <token>
//              body     the request JSON ({} for methods without arguments)
//              response always a Result JSON. HTTP 200 once the request reached a handler
//                       (validation errors included: {ok:false, error:{code:'invalid-request'}});
//                       403 'forbidden' for a missing/wrong token, foreign Origin or Host;
//                       404 'unknown-channel'; 405 not POST; 415 not JSON; 400 malformed JSON;
//                       413 'too-large' over the 50 MB import limit.
//   The token is never in the served page: the preview host prints its address as
//   http://127.0.0.1:PORT/#token=…, and the page reads the fragment (see renderer/src/bridge.ts).
//   Menu commands (Electron only) arrive via window.crosscheck.onMenuCommand(listener).
//
// No Node or DOM types here: this module compiles under electron/shared/tsconfig.json.
import { z } from 'zod';
import { NEWSROOM_CHANNELS } from './newsroomContract.ts';
import { REVIEW_CHANNELS } from './reviewContract.ts';
import { SOURCE_FORMAT_IDS } from './sourceFormats.ts';
import { ELEMENT_TYPES, type ElementType, type SlateElement, type SlateNode, type SlateText, type StoryDocument } from './storyDocument.ts';
import { withoutUnsafeLinks } from './withoutUnsafeLinks.ts';

/** `window.crosscheck` in the Electron renderer. */
export const CROSSCHECK_API_KEY = 'crosscheck';
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'X-Crosscheck-Token';
/** Fragment parameter of the preview address that carries the token. */
export const PREVIEW_TOKEN_PARAM = 'token';
/** IPC channel for main → renderer menu commands (not invokable from the renderer). */
export const MENU_COMMAND_CHANNEL = 'menu.command';

/** Largest file accepted for import, checked before any parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Base64 length of a MAX_IMPORT_BYTES file. */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/** Largest pasted or extracted source text, in characters. */
export const MAX_SOURCE_TEXT_CHARS = 20_000_000;
/** Largest story document, as serialized JSON characters. */
export const MAX_DOCUMENT_JSON_CHARS = 10_000_000;

// ---------------------------------------------------------------------------------------------
// Results

export const ERROR_CODES = [
  'invalid-request', // payload failed the zod schema
  'unknown-channel',
  'forbidden', // wrong sender frame, or wrong/missing preview token
  'not-found',
  'conflict', // save with a stale baseRevision
  'too-large',
  'import-failed', // the file could not be read; message says why, nothing was stored
  'unsupported', // e.g. a feature the preview host cannot offer
  'offline', // the newsroom server is not set up or cannot be reached; local work is unaffected
  'disk-full', // SQLITE_FULL / ENOSPC: nothing was written; free space and retry
  'busy', // SQLITE_BUSY / LOCKED: another program holds the library; retry shortly
  'read-only', // SQLITE_READONLY / EROFS / EACCES: the library cannot be written where it is
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence fit to show the user. Never a stack trace. */
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const apiErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: apiErrorSchema }),
  ]);
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
export function fail(code: ErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

// ---------------------------------------------------------------------------------------------
// Story document (Slate JSON), see notes/slate-shape.md. Loose on purpose: any element may hold
// text or elements, because Slate normalizes structure in the editor; what we guard here is that
// it is a tree of known element types with string text leaves.

export { ELEMENT_TYPES };
export type { ElementType, SlateElement, SlateNode, SlateText, StoryDocument };

export const slateTextSchema: z.ZodType<SlateText> = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export const slateElementSchema: z.ZodType<SlateElement> = z.object({
  type: z.enum(ELEMENT_TYPES),
  id: z.string().min(1).max(64).optional(),
  level: z.union([z.literal(2), z.literal(3)]).optional(),
  url: z.string().max(4096).optional(),
  get children(): z.ZodArray<z.ZodType<SlateNode>> {
    return z.array(z.union([slateTextSchema, slateElementSchema])).min(1);
  },
});
/** Parsing also unwraps links whose href is not http(s) or mailto, so every path a document takes
 *  (save, load in the renderer, package import) drops them, however the document was stored. */
export const storyDocumentSchema = z.array(slateElementSchema).min(1).max(100_000).transform(withoutUnsafeLinks);

// ---------------------------------------------------------------------------------------------
// Domain values

const id = z.string().min(1).max(64);
const isoTime = z.string(); // ISO 8601 UTC, e.g. 2026-11-21T23:55:00.000Z
const shortText = z.string().trim().max(500);
/** Calendar date the source was published, YYYY-MM-DD; the engine resolves "on Monday" from it. */
export const publishedDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-21')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That date does not exist');
const tags = z.array(z.string().trim().min(1).max(60)).max(50);
/** A source's web address: empty, or http(s). Shared with the story package, whose sources
 *  arrive from another library and must meet the same rule as ones typed in here. */
export const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((u) => u === '' || /^https?:\/\//i.test(u), 'Links must start with http:// or https://');

export const storySummarySchema = z.object({
  id,
  title: z.string(),
  /** The story's publication date (YYYY-MM-DD): "yesterday" and "on Monday" in the draft are read from it. */
  published: z.string().nullable(),
  revision: z.number().int(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const storySchema = storySummarySchema.extend({ document: storyDocumentSchema });
export const deletedStorySchema = storySummarySchema.extend({ deletedAt: isoTime });
export type DeletedStory = z.infer<typeof deletedStorySchema>;
export type Story = z.infer<typeof storySchema>;

/** Pasted text, or one of the importable formats (sourceFormats.ts is their list). */
export const SOURCE_FILE_TYPES = ['paste', ...SOURCE_FORMAT_IDS] as const;
export type SourceFileType = (typeof SOURCE_FILE_TYPES)[number];

export const sourceSummarySchema = z.object({
  id,
  title: z.string(),
  outlet: z.string(),
  /** Who wrote it, as the page or the user gives it; '' when unknown. */
  byline: z.string(),
  url: z.string(),
  published: z.string().nullable(), // YYYY-MM-DD
  tags: z.array(z.string()),
  fileName: z.string().nullable(),
  fileType: z.enum(SOURCE_FILE_TYPES),
  charCount: z.number().int(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceSchema = sourceSummarySchema.extend({ text: z.string() });
export type Source = z.infer<typeof sourceSchema>;

/** What to do when a new source's text is already in the library (whitespace aside):
 *  'ask' stores nothing and answers `duplicate`, so the user can choose; 'keep-both' stores it
 *  anyway; 'use-existing' stores nothing and answers with the source already there (attached to
 *  the story when one was given). */
export const DUPLICATE_CHOICES = ['ask', 'keep-both', 'use-existing'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** The answer to adding a source: the source 'stored', the 'existing' one used instead, or — when
 *  asked — the `duplicate` found, with the title the new source would have had. */
export const sourceAddedSchema = z.discriminatedUnion('status', [
  sourceSchema.extend({ status: z.literal('stored') }),
  sourceSchema.extend({ status: z.literal('existing') }),
  z.object({ status: z.literal('duplicate'), existing: sourceSummarySchema, incomingTitle: z.string() }),
]);
export type SourceAdded = z.infer<typeof sourceAddedSchema>;

/** A search snippet as plain segments, so the renderer never has to trust HTML. */
export const snippetSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Snippet = z.infer<typeof snippetSchema>;
export const sourceListItemSchema = sourceSummarySchema.extend({ snippet: snippetSchema.optional() });
export type SourceListItem = z.infer<typeof sourceListItemSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const preferencesSchema = z.object({
  reviewerName: z.string().trim().max(120),
  theme: z.enum(THEMES),
  spellcheck: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = { reviewerName: '', theme: 'system', spellcheck: true };

export const appStateSchema = z.object({
  lastOpenedStoryId: id.nullable(),
  preferences: preferencesSchema,
});
export type AppState = z.infer<typeof appStateSchema>;

const deletedSchema = z.object({ id, deletedAt: isoTime });
const storySourcesSchema = z.object({ storyId: id, sources: z.array(sourceSummarySchema) });
const hiddenClaimsSchema = z.object({ storyId: id, keys: z.array(z.string()) });
const empty = z.object({});

// ---------------------------------------------------------------------------------------------
// Channels. Key = preload method name; `channel` = IPC channel and HTTP path segment.

export const CHANNELS = {
  // Stories
  listStories: { channel: 'stories.list', request: empty, result: z.object({ stories: z.array(storySummarySchema) }) },
  getStory: { channel: 'stories.get', request: z.object({ id }), result: storySchema },
  /** Without a document, a story with an empty headline and paragraph is created. */
  createStory: {
    channel: 'stories.create',
    request: z.object({ title: shortText.optional(), document: storyDocumentSchema.optional() }),
    result: storySchema,
  },
  renameStory: { channel: 'stories.rename', request: z.object({ id, title: shortText.min(1) }), result: storySummarySchema },
  duplicateStory: { channel: 'stories.duplicate', request: z.object({ id }), result: storySchema },
  /** Deleted stories still kept (newest deletion first); they are purged after `keptForDays`. */
  listDeletedStories: {
    channel: 'stories.listDeleted',
    request: empty,
    result: z.object({ stories: z.array(deletedStorySchema), keptForDays: z.number().int() }),
  },
  /** Soft delete; `restoreStory` is the undo. */
  deleteStory: { channel: 'stories.delete', request: z.object({ id }), result: deletedSchema },
  restoreStory: { channel: 'stories.restore', request: z.object({ id }), result: storySummarySchema },
  /** Sets or clears the story's publication date; like a rename it does not bump the revision. */
  setStoryPublished: { channel: 'stories.setPublished', request: z.object({ id, published: publishedDateSchema.nullable() }), result: storySummarySchema },
  /** Fails with `conflict` when baseRevision is not the stored revision; never overwrites silently. */
  saveStory: {
    channel: 'stories.save',
    request: z.object({ id, document: storyDocumentSchema, baseRevision: z.number().int().min(0) }),
    result: z.object({ revision: z.number().int(), savedAt: isoTime }),
  },

  /** "Not a claim" choices for a story's live-check flags (block id | figure wording). */
  getHiddenClaims: { channel: 'stories.hiddenClaims.get', request: z.object({ storyId: id }), result: hiddenClaimsSchema },
  setHiddenClaims: {
    channel: 'stories.hiddenClaims.set',
    request: z.object({ storyId: id, keys: z.array(z.string().min(1).max(4200)).max(10_000) }),
    result: hiddenClaimsSchema,
  },

  // App state
  getAppState: { channel: 'app.getState', request: empty, result: appStateSchema },
  setLastOpenedStory: { channel: 'app.setLastOpenedStory', request: z.object({ storyId: id.nullable() }), result: appStateSchema },
  setPreferences: { channel: 'app.setPreferences', request: preferencesSchema.partial(), result: preferencesSchema },
  /** Opens an http(s) link in the system browser. The preview host answers `unsupported`. */
  openExternal: { channel: 'app.openExternal', request: z.object({ url: z.string().max(4096) }), result: z.object({ opened: z.boolean() }) },
  /** The renderer says whether it holds edits the library does not have yet (and why, when a save
   *  failed), so closing the desktop window can ask first. The preview host just acknowledges. */
  setUnsavedChanges: {
    channel: 'app.setUnsavedChanges',
    request: z.object({ unsaved: z.boolean(), problem: z.string().max(500).optional() }),
    result: z.object({ unsaved: z.boolean() }),
  },

  // Sources
  /** With `query`, a full-text search (title + text) ranked by relevance, each with a snippet. */
  listSources: {
    channel: 'sources.list',
    request: z.object({ query: z.string().max(500).optional() }),
    result: z.object({ sources: z.array(sourceListItemSchema) }),
  },
  getSource: { channel: 'sources.get', request: z.object({ id }), result: sourceSchema },
  /** A pasted source. With `storyId` it is attached to that story at once. The same text already
   *  in the library is handled as `onDuplicate` says (default: ask). */
  createSource: {
    channel: 'sources.create',
    request: z.object({
      text: z.string().max(MAX_SOURCE_TEXT_CHARS).refine((t) => t.trim().length > 0, 'The source text is empty'),
      title: shortText.optional(),
      outlet: shortText.optional(),
      byline: shortText.optional(),
      url: httpUrl.optional(),
      published: publishedDateSchema.nullable().optional(),
      tags: tags.optional(),
      storyId: id.optional(),
      onDuplicate: z.enum(DUPLICATE_CHOICES).default('ask'),
    }),
    result: sourceAddedSchema,
  },
  /** A file chosen or dropped by the user; parsed in a separate process. Failure stores nothing.
   *  `importId`, made once per file by the client, makes a retry return the source it stored.
   *  A file whose text is already in the library is handled as `onDuplicate` says (default: ask). */
  importSourceFile: {
    channel: 'sources.importFile',
    request: z.object({
      fileName: z.string().trim().min(1).max(255),
      dataBase64: z.string().max(MAX_IMPORT_BASE64_CHARS, 'The file is larger than the 50 MB limit'),
      storyId: id.optional(),
      importId: z.uuid().optional(),
      onDuplicate: z.enum(DUPLICATE_CHOICES).default('ask'),
    }),
    result: sourceAddedSchema,
  },
  updateSource: {
    channel: 'sources.update',
    request: z.object({
      id,
      title: shortText.min(1).optional(),
      outlet: shortText.optional(),
      byline: shortText.optional(),
      url: httpUrl.optional(),
      published: publishedDateSchema.nullable().optional(),
      tags: tags.optional(),
    }),
    result: sourceSummarySchema,
  },
  deleteSource: { channel: 'sources.delete', request: z.object({ id }), result: deletedSchema },
  restoreSource: { channel: 'sources.restore', request: z.object({ id }), result: sourceSummarySchema },

  // Story ↔ source links
  listStorySources: { channel: 'storySources.list', request: z.object({ storyId: id }), result: storySourcesSchema },
  attachSource: { channel: 'storySources.attach', request: z.object({ storyId: id, sourceId: id }), result: storySourcesSchema },
  detachSource: { channel: 'storySources.detach', request: z.object({ storyId: id, sourceId: id }), result: storySourcesSchema },

  // Review, comments, story packages and publication outputs (reviewContract.ts)
  ...REVIEW_CHANNELS,

  // The newsroom server: preferences, sync state, shared library, review queue (newsroomContract.ts)
  ...NEWSROOM_CHANNELS,
} as const satisfies Record<string, { channel: string; request: z.ZodType; result: z.ZodType }>;

export type ApiMethod = keyof typeof CHANNELS;
export type ChannelName = (typeof CHANNELS)[ApiMethod]['channel'];
export type RequestOf<M extends ApiMethod> = z.input<(typeof CHANNELS)[M]['request']>;
export type ParsedRequestOf<M extends ApiMethod> = z.output<(typeof CHANNELS)[M]['request']>;
export type ResultOf<M extends ApiMethod> = z.output<(typeof CHANNELS)[M]['result']>;

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];
const methodByChannel = new Map<string, ApiMethod>(API_METHODS.map((m) => [CHANNELS[m].channel, m]));
/** The method behind a channel name, or undefined for an unknown channel. */
export function methodForChannel(channel: string): ApiMethod | undefined {
  return methodByChannel.get(channel);
}

// ---------------------------------------------------------------------------------------------
// Main → renderer

export const MENU_COMMANDS = [
  'new-story',
  'import-source',
  'paste-source',
  'save-now',
  'find-in-library',
  'export-story', // placeholder for a later issue
  'open-preferences',
  'newsroom-server',
  'export-package',
  'open-package',
  'export-html',
  'export-markdown',
  'copy-rich-text',
  'export-review-report',
  'toggle-review',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

// ---------------------------------------------------------------------------------------------
// The API the renderer sees: one named method per channel, plus the menu subscription.

type MethodSignature<M extends ApiMethod> =
  Record<string, never> extends RequestOf<M>
    ? (request?: RequestOf<M>) => Promise<Result<ResultOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResultOf<M>>>;

export type CrosscheckApi = { [M in ApiMethod]: MethodSignature<M> } & {
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
