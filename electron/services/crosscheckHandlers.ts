// The handlers behind every channel, as plain functions of (store, request). The Electron IPC
// router and the HTTP preview host both call `dispatchRequest`, so both paths run the same zod
// validation and the same code, and both answer with the same Result shape.
import { ImportError, importBytes } from '../importers/importDocument.ts';
import type { ImportedDocument } from '../importers/importDocument.ts';
import { CHANNELS, fail, methodForChannel, ok } from '../shared/ipcContract.ts';
import type { DuplicateChoice, Result, SourceAdded } from '../shared/ipcContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore, NewSource } from '../store/crosscheckStore.ts';
import type { Handlers } from './handlerTable.ts';
import { createNewsroomHandlers } from './newsroomHandlers.ts';
import { createNewsroomService } from './newsroomService.ts';
import type { NewsroomService } from './newsroomService.ts';
import { createMemoryCredentialStore } from '../server/serverCredentials.ts';
import { createReviewHandlers } from './reviewHandlers.ts';
import type { FileDialogs } from './reviewHandlers.ts';
import { isSafeExternalUrl } from './safeExternalUrl.ts';
import { nestingExceeds } from './nestingExceeds.ts';
import { createErrorLog } from './createErrorLog.ts';
import type { LogError } from './createErrorLog.ts';
import { storageFailure } from './storageFailure.ts';
import { SourceSearch } from './sourceSearch.ts';

export interface HandlerDeps extends FileDialogs {
  store: CrosscheckStore;
  /** Opens a vetted http(s) URL in the system browser; absent where there is no desktop shell. */
  openExternal?: (url: string) => Promise<void>;
  /** File parser; the real worker-backed importer unless a caller substitutes limits. */
  importFile?: (fileName: string, bytes: Uint8Array) => Promise<ImportedDocument>;
  /** Told whenever the window's unsaved-edit state changes; absent where nothing asks on close. */
  setUnsavedChanges?: (unsaved: boolean, problem: string | undefined) => void;
  /** The newsroom server link; without one, a link with no server set (state 'off') whose
   *  login lives in memory only. */
  newsroom?: NewsroomService;
}

export type { Handlers } from './handlerTable.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Far deeper than any story (block → list → item → link → text is 5), shallow enough that the
 *  recursive schema can never exhaust the stack. */
const MAX_NESTING = 64;

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps;
  const importFile = deps.importFile ?? ((fileName: string, bytes: Uint8Array) => importBytes(fileName, bytes));
  const search = new SourceSearch(store);
  const newsroom = deps.newsroom ?? createNewsroomService({ store, credentials: createMemoryCredentialStore() });
  const reviewHandlers = createReviewHandlers(store, deps);
  return {
    listStories: () => ({ stories: store.listStories() }),
    getStory: ({ id }) => store.getStory(id),
    createStory: ({ title, document }) => store.createStory({ title, document }),
    renameStory: ({ id, title }) => store.renameStory(id, title),
    listDeletedStories: () => store.listDeletedStories(),
    setStoryPublished: ({ id, published }) => store.setStoryPublished(id, published),
    duplicateStory: ({ id }) => store.duplicateStory(id),
    deleteStory: ({ id }) => store.deleteStory(id),
    restoreStory: ({ id }) => store.restoreStory(id),
    saveStory: ({ id, document, baseRevision }) => {
      const saved = store.saveStory(id, document, baseRevision);
      // Saved here first; a story shared with the newsroom then queues it for the server too.
      newsroom.noteLocalSave(id);
      return saved;
    },
    getHiddenClaims: ({ storyId }) => ({ storyId, keys: store.getHiddenClaims(storyId) }),
    setHiddenClaims: ({ storyId, keys }) => ({ storyId, keys: store.setHiddenClaims(storyId, keys) }),

    getAppState: () => store.getAppState(),
    setLastOpenedStory: ({ storyId }) => store.setLastOpenedStory(storyId),
    setPreferences: (patch) => store.setPreferences(patch),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new StoreError('invalid-request', 'Only web links (http or https) can be opened.');
      if (!deps.openExternal) throw new StoreError('unsupported', 'Links open in your browser from the desktop app.');
      // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK the URL passed isSafeExternalUrl two lines up, and main re-checks it before shell.openExternal
      await deps.openExternal(url);
      return { opened: true };
    },
    setUnsavedChanges: ({ unsaved, problem }) => {
      deps.setUnsavedChanges?.(unsaved, problem);
      return { unsaved };
    },

    listSources: async ({ query }) => ({ sources: await search.listSources(query) }),
    getSource: ({ id }) => store.getSource(id),
    createSource: ({ storyId, onDuplicate, ...source }) =>
      addSource(store, { ...source, fileType: 'paste' }, storyId, onDuplicate, source.title?.trim() || source.text.trim().split('\n', 1)[0]?.slice(0, 80) || ''),
    importSourceFile: async ({ fileName, dataBase64, storyId, importId, onDuplicate }) => {
      if (!BASE64.test(dataBase64)) throw new StoreError('invalid-request', 'The file data did not arrive intact; try importing it again.');
      // A retry of an import that was stored but never answered: no second parse, no second copy.
      const earlier = importId === undefined ? undefined : store.sourceForImport(importId);
      if (earlier) return { ...earlier, status: 'stored' as const };
      // Checked before parsing so a file for a story that is gone is not parsed for nothing;
      // createSource checks again inside its transaction.
      if (storyId !== undefined) store.listStorySources(storyId);
      const imported = await importFile(fileName, Buffer.from(dataBase64, 'base64'));
      const { text, title, outlet, byline, url, published } = imported;
      return addSource(
        store,
        { text, title, outlet, byline, url, published, fileName: imported.fileName, fileType: imported.fileType, importId },
        storyId, onDuplicate, title,
      );
    },
    updateSource: ({ id, ...patch }) => store.updateSource(id, patch),
    deleteSource: ({ id }) => store.deleteSource(id),
    restoreSource: ({ id }) => store.restoreSource(id),

    listStorySources: ({ storyId }) => ({ storyId, sources: store.listStorySources(storyId) }),
    attachSource: ({ storyId, sourceId }) => ({ storyId, sources: store.attachSource(storyId, sourceId) }),
    detachSource: ({ storyId, sourceId }) => ({ storyId, sources: store.detachSource(storyId, sourceId) }),

    ...reviewHandlers,
    // On a story shared through the newsroom, a claim decision is also an event for the others,
    // and the review shows where two people's latest decisions disagree.
    recordDecision: async (input) => {
      const decided = await reviewHandlers.recordDecision(input);
      await newsroom.noteClaimDecision(input.storyId, input);
      return decided;
    },
    getReviewStatus: async (input) => newsroom.withDisputes(await reviewHandlers.getReviewStatus(input)),
    ...createNewsroomHandlers(newsroom),
  };
}

/** Stores a new source unless the library already holds its text and the caller did not say to
 *  keep both: then nothing is stored, and the answer names the source that is there. */
function addSource(store: CrosscheckStore, source: NewSource, storyId: string | undefined, onDuplicate: DuplicateChoice, incomingTitle: string): SourceAdded {
  const existing = onDuplicate === 'keep-both' ? undefined : store.findSourceWithSameText(source.text);
  if (!existing) return { ...store.createSource(source, storyId), status: 'stored' };
  if (onDuplicate === 'ask') return { status: 'duplicate', existing, incomingTitle };
  if (storyId !== undefined) store.attachSource(storyId, existing.id);
  return { ...store.getSource(existing.id), status: 'existing' };
}

/** Validates `payload` against the channel's schema, runs its handler, and turns every outcome —
 *  including exceptions — into a Result. Never throws. */
export async function dispatchRequest(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  logError: LogError = defaultLog,
): Promise<Result<unknown>> {
  const method = methodForChannel(channel);
  if (!method) return fail('unknown-channel', `Unknown request "${String(channel).slice(0, 80)}".`);
  if (nestingExceeds(payload, MAX_NESTING)) {
    return fail('invalid-request', `The request is nested more than ${MAX_NESTING} levels deep.`);
  }
  try {
    const parsed = CHANNELS[method].request.safeParse(payload ?? {});
    if (!parsed.success) return fail('invalid-request', describeIssues(parsed.error.issues));
    const handler = handlers[method] as (request: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof StoreError) return fail(error.code, error.message);
    if (error instanceof ImportError) return fail('import-failed', error.message);
    logSafely(logError, channel, error);
    const storage = storageFailure(error, channel);
    if (storage) return fail(storage.code, storage.message);
    return fail('internal', 'Something went wrong on our side; the details are in the log. Please try again.');
  }
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? ` (${first.path.map(String).join('.')})` : '';
  return `The request was not valid${where}: ${first.message}`;
}

const defaultLog = createErrorLog({ prefix: '[crosscheck]' });

/** A caller's log can fail too (a log file on a full disk); the answer to the request must not. */
function logSafely(logError: LogError, context: string, error: unknown): void {
  try {
    logError(context, error);
  } catch {
    // Nowhere left to report it; the Result below still reaches the user.
  }
}
