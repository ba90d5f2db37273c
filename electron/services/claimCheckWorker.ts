// Worker thread for the review's claim checks. Building a source index can take seconds for a
// story with hundreds of sources; here it never blocks the main process (the desktop app's menus
// and every other request). Checkers are kept per story while its sources stay the same, so a
// save re-analyses only the paragraphs that changed.
import { parentPort } from 'node:worker_threads';
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { Claim, DraftBlock, DraftChecker, SourceDocument } from '../../core/index.ts';

export interface CheckRequest {
  readonly id: number;
  readonly storyId: string;
  /** Identifies the story's source set; a new key rebuilds the index. */
  readonly sourcesKey: string;
  readonly blocks: readonly DraftBlock[];
  /** Sent only when the worker asked for them (it has no checker for this key). */
  readonly sources?: readonly SourceDocument[];
}

export type CheckReply =
  | { readonly id: number; readonly kind: 'claims'; readonly claims: [string, Claim[]][] }
  | { readonly id: number; readonly kind: 'need-sources' }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** Stories whose checkers are kept; each holds its sources' index. */
const KEEP = 4;
const checkers = new Map<string, { key: string; checker: DraftChecker }>();

function handle(request: CheckRequest): CheckReply {
  let entry = checkers.get(request.storyId);
  if (!entry || entry.key !== request.sourcesKey) {
    if (!request.sources) return { id: request.id, kind: 'need-sources' };
    entry = { key: request.sourcesKey, checker: createDraftChecker(createSourceIndex(request.sources)) };
  }
  checkers.delete(request.storyId);
  checkers.set(request.storyId, entry);
  while (checkers.size > KEEP) checkers.delete(checkers.keys().next().value!);
  return { id: request.id, kind: 'claims', claims: [...entry.checker.checkBlocks(request.blocks)] };
}

parentPort?.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    reply = handle(request);
  } catch (error) {
    reply = { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
