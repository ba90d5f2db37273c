// Worker thread for full-text search of the source library, so a search over large sources never
// blocks the main process (the desktop app's menus and every other request). Each search opens its
// own read-only connection and closes it: nothing holds the library file between searches, so a
// restored backup or a closed library is never read through a stale handle. It loads no zod
// schema, which keeps its start short.
import { parentPort } from 'node:worker_threads';
import type { SourceListItem } from '../shared/ipcContract.ts';
import { searchSources } from '../store/searchSources.ts';
import { openSqliteDatabase } from '../store/sqliteDatabase.ts';

export interface SearchRequest {
  readonly id: number;
  readonly file: string;
  readonly query: string;
}

export type SearchReply =
  | { readonly id: number; readonly kind: 'sources'; readonly sources: SourceListItem[] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** Sent once, when the thread has loaded and can search. */
export interface SearchReady {
  readonly kind: 'ready';
}

function handle(request: SearchRequest): SearchReply {
  const db = openSqliteDatabase(request.file, { readOnly: true });
  try {
    return { id: request.id, kind: 'sources', sources: searchSources(db, request.query) };
  } finally {
    db.close();
  }
}

parentPort?.on('message', (request: SearchRequest) => {
  let reply: SearchReply;
  try {
    reply = handle(request);
  } catch (error) {
    reply = { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ kind: 'ready' } satisfies SearchReady);
