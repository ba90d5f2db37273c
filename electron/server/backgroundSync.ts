// The desktop's sync loop: every edit is saved locally first and queued in the outbox
// (SqliteSyncStore); this loop pushes and pulls whenever the server is reachable, backs off with
// retryDelayMs() when it is not, and reports one state for the status bar. Drafting never waits
// on it: enqueue() is one local transaction and returns.
import type { DatabaseSync } from 'node:sqlite';
import { migrate } from '../store/migrations.ts';
import { wrapDatabaseSync, type SqlDatabase } from '../store/sqliteDatabase.ts';
import { isRetryable, retryDelayMs, RETRY_CAP_MS } from './retryDelayMs.ts';
import { toServerError, type ServerSession } from './ServerSession.ts';
import { SqliteSyncStore } from './SqliteSyncStore.ts';
import {
  queueConflictResolution, queueLockHeartbeat, queueLockRelease, queueLockTakeover, queueStorySave,
  type QueuedRevision, type StorySave,
} from './storySyncOps.ts';
import type { PushOperation } from './syncProtocol.ts';
import { syncWithServer, type SyncReport } from './syncWithServer.ts';

export type SyncState =
  | { kind: 'off' }                                   // no server configured
  | { kind: 'synced'; at: string }                    // ISO time of the last caught-up sync
  | { kind: 'syncing'; waiting: number }
  | { kind: 'offline'; waiting: number; retryAt: string; reason: string }
  | { kind: 'conflict'; waiting: number; conflicts: number };

export interface BackgroundSync {
  state(): SyncState;
  onStateChange(listener: (state: SyncState) => void): () => void;
  /** Durably queue ops in the local outbox (one local transaction) and wake the loop. */
  enqueue(ops: readonly PushOperation[]): void;
  /** Run a sync round now (e.g. after Test connection or coming online). */
  syncNow(): Promise<void>;
  stop(): Promise<void>;

  // Extensions beyond the first contract (same loop, same outbox).
  /** The outbox, cursor and replica; read models over it live in syncReplicaQueries.ts. */
  readonly store: SqliteSyncStore;
  /** Queue a local save as a revision (creating the server story on its first save). */
  saveStory(save: StorySave): QueuedRevision;
  /**
   * Queue the accepted merge of a conflicted story as a revision on the head it was merged
   * against (StoryConflict.headRevisionId; the replica's head when left out).
   */
  resolveConflict(serverStoryId: string, document: unknown, mergedAgainst?: string | null): QueuedRevision;
  /** Take or renew the editing lock once (holdLock calls this every LOCK_HEARTBEAT_MS). */
  heartbeatLock(serverStoryId: string): void;
  /**
   * Hold a story's editing lock while it is open: take it now, renew it every LOCK_HEARTBEAT_MS,
   * and release it when the returned function is called (the story closed).
   */
  holdLock(serverStoryId: string): () => void;
  takeOverLock(serverStoryId: string): void;
  releaseLock(serverStoryId: string): void;
  /** Local stories a pull changed (fast-forwarded or first copied): an open editor reloads them. */
  onStoriesChanged(listener: (localIds: readonly string[]) => void): () => void;
  /** The last round's figures, for tests and the log. */
  lastReport(): SyncReport | null;
}

/**
 * How often a caught-up client pulls again with nothing to push. Others' edits show up within
 * this; 15 s × a newsroom of 200 laptops is ~13 pulls a second, which bench:server measures
 * the server taking with room to spare.
 */
export const POLL_INTERVAL_MS = 15_000;
/** Whole-story fetches per round for stories that became visible late; the rest next round. */
export const HISTORIES_PER_ROUND = 20;
/**
 * How often the colleagues list (display names) is fetched again: names change rarely, and a
 * newsroom of 200 laptops asking every round would add a query per sync for nothing.
 */
export const USERS_REFRESH_MS = 10 * 60_000;
/** The lock heartbeat: well inside LOCK_STALE_MS, so one missed beat does not free the lock. */
export const LOCK_HEARTBEAT_MS = 60_000;

export interface BackgroundSyncOptions {
  database: DatabaseSync | SqlDatabase;
  connect: () => Promise<ServerSession>;
  now?: () => number;
  /** Tests shorten the poll and the heartbeat; the app keeps POLL_INTERVAL_MS and LOCK_HEARTBEAT_MS. */
  pollIntervalMs?: number;
  lockHeartbeatMs?: number;
  random?: () => number;
}

function asSqlDatabase(database: DatabaseSync | SqlDatabase): SqlDatabase {
  return 'prepare' in database ? wrapDatabaseSync(database) : database;
}

export function startBackgroundSync(options: BackgroundSyncOptions): BackgroundSync {
  const now = options.now ?? Date.now;
  const poll = options.pollIntervalMs ?? POLL_INTERVAL_MS;
  const db = asSqlDatabase(options.database);
  migrate(db);
  const storyListeners = new Set<(localIds: readonly string[]) => void>();
  const store = new SqliteSyncStore(db, { now, onStoriesChanged: (ids) => storyListeners.forEach((l) => l(ids)) });
  const listeners = new Set<(state: SyncState) => void>();

  let session: ServerSession | null = null;
  let failures = 0;
  let offline: { retryAt: string; reason: string } | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let report: SyncReport | null = null;
  let usersFetchedAt: number | null = null;
  let current: SyncState = computeState();
  const heartbeats = new Set<ReturnType<typeof setInterval>>();

  function computeState(): SyncState {
    const waiting = store.waiting();
    const conflicts = store.openConflicts();
    if (conflicts > 0) return { kind: 'conflict', waiting, conflicts };
    if (offline) return { kind: 'offline', waiting, ...offline };
    if (running) return { kind: 'syncing', waiting };
    const at = store.lastSyncedAt();
    return at && waiting === 0 ? { kind: 'synced', at } : { kind: 'syncing', waiting };
  }

  function publish(): void {
    const next = computeState();
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    for (const listener of listeners) listener(next);
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void runRound(); }, delayMs);
    // A pending poll must not keep a CLI or test process alive.
    timer.unref?.();
  }

  async function closeSession(): Promise<void> {
    const s = session;
    session = null;
    await s?.close().catch(() => undefined);
  }

  async function round(): Promise<void> {
    try {
      session ??= await options.connect();
      report = await syncWithServer(session, store);
      if (report.caughtUp) {
        for (const storyId of store.storiesNeedingHistory(HISTORIES_PER_ROUND)) {
          store.applyHistory(storyId, await session.storyHistory(storyId));
        }
        if (usersFetchedAt === null || now() - usersFetchedAt > USERS_REFRESH_MS) {
          store.replaceUsers(await session.users());
          usersFetchedAt = now();
        }
      }
      failures = 0;
      offline = null;
      if (report.caughtUp) store.markSynced();
      // Ops held by someone else's lock wait for their retry time; they do not keep the loop busy.
      const done = report.caughtUp && store.sendable() === 0 && store.storiesNeedingHistory(1).length === 0;
      schedule(done ? poll : 0);
    } catch (err) {
      await closeSession();
      const error = toServerError(err);
      failures += 1;
      const delay = isRetryable(error) ? retryDelayMs(failures, options.random) : RETRY_CAP_MS;
      offline = { retryAt: new Date(now() + delay).toISOString(), reason: error.message };
      schedule(delay);
    }
  }

  /** One round at a time; a wake-up during a round runs one more right after it. */
  function runRound(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        publish();
        await round();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
      publish();
    });
    return running;
  }

  const wake = () => {
    publish();
    // Offline: enqueue only records; the backoff timer decides when to try again.
    if (!offline) schedule(0);
  };

  schedule(0);

  return {
    store,
    state: () => current,
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onStoriesChanged(listener) {
      storyListeners.add(listener);
      return () => storyListeners.delete(listener);
    },
    enqueue(ops) {
      store.enqueue(ops);
      wake();
    },
    saveStory(save) {
      const queued = queueStorySave(store, save);
      wake();
      return queued;
    },
    resolveConflict(serverStoryId, document, mergedAgainst) {
      const queued = queueConflictResolution(store, serverStoryId, document, mergedAgainst);
      wake();
      return queued;
    },
    heartbeatLock(serverStoryId) {
      if (queueLockHeartbeat(store, serverStoryId)) wake();
    },
    holdLock(serverStoryId) {
      if (queueLockHeartbeat(store, serverStoryId)) wake();
      const beat = setInterval(() => { if (queueLockHeartbeat(store, serverStoryId)) wake(); }, options.lockHeartbeatMs ?? LOCK_HEARTBEAT_MS);
      beat.unref?.();
      heartbeats.add(beat);
      return () => {
        if (!heartbeats.delete(beat)) return;
        clearInterval(beat);
        if (!stopped) {
          queueLockRelease(store, serverStoryId);
          wake();
        }
      };
    },
    takeOverLock(serverStoryId) {
      queueLockTakeover(store, serverStoryId);
      wake();
    },
    releaseLock(serverStoryId) {
      queueLockRelease(store, serverStoryId);
      wake();
    },
    async syncNow() {
      if (timer) clearTimeout(timer);
      timer = null;
      offline = null;
      if (running) {
        again = true;
        await running;
        return;
      }
      await runRound();
    },
    lastReport: () => report,
    async stop() {
      stopped = true;
      for (const beat of heartbeats) clearInterval(beat);
      heartbeats.clear();
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
      await closeSession();
    },
  };
}
