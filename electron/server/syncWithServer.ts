// One round of sync between a desktop library and the newsroom server: send the outbox, then
// pull until caught up. Drafting never waits on this; the app runs it in the background and,
// when it throws, again after retryDelayMs().
//
// The store (the local node:sqlite library) owns durability: an op stays in its outbox until
// settle() records the server's answer, so a reply lost to a crash or a dropped connection
// means the op is sent again, and the server's op-id record makes the second send a no-op.
import type { ServerSession } from './ServerSession.ts';
import type { PullPage, PushOperation, PushResult } from './syncProtocol.ts';

/** Ops per push: well under the server's 500, so one push stays a short transaction. */
export const PUSH_SLICE_OPS = 100;
/** Rows per pull page. */
export const PULL_PAGE_ROWS = 500;
/**
 * Rounds per sync before yielding to the next scheduled one: a store that never shrinks its
 * outbox (a bug) must not spin, and a huge backlog is still drained over a few syncs.
 */
export const MAX_ROUNDS_PER_SYNC = 50;

export interface SyncStore {
  /** Ops not yet answered by the server, oldest first (creation before the revisions on it). */
  pendingOps(limit: number): Promise<PushOperation[]>;
  /** Record answers: every answered op leaves pendingOps; rejected ones go to the person. */
  settle(results: readonly PushResult[]): Promise<void>;
  cursor(): Promise<string>;
  /** Apply a page's rows and store its cursor in one local transaction. */
  applyPage(page: PullPage): Promise<void>;
}

export interface SyncReport {
  pushed: number;
  rejected: number;
  pulled: number;
  /** False when MAX_ROUNDS_PER_SYNC stopped the round early; sync again soon. */
  caughtUp: boolean;
}

export async function syncWithServer(session: ServerSession, store: SyncStore, pageRows: number = PULL_PAGE_ROWS): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, rejected: 0, pulled: 0, caughtUp: false };
  let rounds = 0;
  for (; rounds < MAX_ROUNDS_PER_SYNC; rounds++) {
    const ops = await store.pendingOps(PUSH_SLICE_OPS);
    if (ops.length === 0) break;
    const results = await session.push(ops);
    await store.settle(results);
    report.pushed += results.length;
    report.rejected += results.filter((r) => r.status === 'rejected').length;
  }
  // Pull after pushing, so the next cursor covers our own writes too.
  for (; rounds < MAX_ROUNDS_PER_SYNC; rounds++) {
    const page = await session.pull(await store.cursor(), pageRows);
    await store.applyPage(page);
    report.pulled += page.rows.length;
    if (!page.more) {
      report.caughtUp = true;
      break;
    }
  }
  return report;
}
