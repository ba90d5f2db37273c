// The main side of source search: one worker thread (searchWorker), started on first use and
// stopped after a quiet spell, so a search over large sources leaves the main process free to
// answer everything else. Where no worker can start, the search runs in this thread: slower to
// yield, but its cost is bounded (see searchSnippet.ts), so the library stays searchable.
import type { Worker } from 'node:worker_threads';
import type { SourceListItem } from '../shared/ipcContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { searchTerms } from '../shared/searchTerms.ts';
import type { SearchReady, SearchReply, SearchRequest } from './searchWorker.ts';
import { backgroundWorkerPath, startBackgroundWorker } from './startBackgroundWorker.ts';

/** Hundreds of times a search of a 10 MB source; a search that takes longer has its thread stopped. */
const SEARCH_TIME_LIMIT_MS = 30_000;
/** How long a search the user has typed past may still run. Searches take tens of milliseconds,
 *  less than starting a new thread, so one is let finish; one still going after this is stopped. */
const SUPERSEDED_GRACE_MS = 300;
/** The thread goes away after this long without a search. */
const IDLE_MS = 5 * 60_000;

interface Job {
  request: SearchRequest;
  resolve: (reply: SearchReply) => void;
  reject: (error: Error) => void;
}

const superseded = () => new StoreError('conflict', 'A newer search replaced this one.');

/** At most one search runs and one waits: a newer search takes the waiting one's place, so
 *  searches typed in quick succession never pile up behind each other. */
export class SourceSearch {
  private readonly store: CrosscheckStore;
  private worker: Worker | undefined;
  private workerFailed = false;
  private running: (Job & { startedAt: number; timer: ReturnType<typeof setTimeout> }) | undefined;
  private waiting: Job | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the current thread finished loading; undefined while it is still starting. */
  private readyAt: number | undefined;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(store: CrosscheckStore) {
    this.store = store;
  }

  /** Like CrosscheckStore.listSources, with the full-text search run in the worker. */
  async listSources(query?: string): Promise<SourceListItem[]> {
    // An in-memory library has no file another thread could open.
    if (this.store.file === ':memory:') return this.store.listSources(query);
    if (query === undefined || searchTerms(query).length === 0) {
      // The plain list reads no source text. It is what the library panel asks for first, so the
      // thread starts now and the first search does not wait for it.
      this.warmUp();
      return this.store.listSources(query);
    }
    const reply = await new Promise<SearchReply>((resolve, reject) => {
      this.enqueue({ request: { id: this.nextId++, file: this.store.file, query }, resolve, reject });
    });
    switch (reply.kind) {
      case 'sources':
        return reply.sources;
      case 'failed':
        throw new Error(`source search failed: ${reply.message}`);
    }
  }

  /** Whether searches run in the worker thread (false after a failure to start one). */
  get usesWorker(): boolean {
    return this.worker !== undefined;
  }

  close(): void {
    const closed = new StoreError('conflict', 'The library was closed during the search.');
    this.waiting?.reject(closed);
    this.waiting = undefined;
    this.stopWorker(closed);
  }

  private enqueue(job: Job): void {
    if (!this.running) {
      this.start(job);
      return;
    }
    this.waiting?.reject(superseded());
    this.waiting = job;
    this.scheduleCancel();
  }

  /** Stops the running search once it has had its grace period, counted from when the thread
   *  could search: stopping a thread that is still starting would only start another. */
  private scheduleCancel(): void {
    if (this.graceTimer || !this.running || !this.waiting || this.readyAt === undefined) return;
    const left = Math.max(this.running.startedAt, this.readyAt) + SUPERSEDED_GRACE_MS - performance.now();
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      if (!this.running || !this.waiting) return;
      this.stopWorker(superseded());
      this.startNext();
    }, Math.max(0, left));
  }

  private start(job: Job): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    if (!worker) {
      try {
        job.resolve({ id: job.request.id, kind: 'sources', sources: this.store.listSources(job.request.query) });
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return;
    }
    const timer = setTimeout(() => {
      this.stopWorker(new StoreError('internal', 'Searching the library took too long. Try longer or more specific words.'));
      this.startNext();
    }, SEARCH_TIME_LIMIT_MS);
    this.running = { ...job, startedAt: performance.now(), timer };
    worker.postMessage(job.request);
  }

  private startNext(): void {
    const next = this.waiting;
    this.waiting = undefined;
    if (next) this.start(next);
    else this.startIdleTimer();
  }

  private onMessage(message: SearchReply | SearchReady): void {
    if (message.kind !== 'ready') {
      this.finish(message);
      return;
    }
    this.readyAt = performance.now();
    this.scheduleCancel();
  }

  private finish(reply: SearchReply): void {
    const running = this.running;
    if (!running || running.request.id !== reply.id) return;
    this.running = undefined;
    clearTimeout(running.timer);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    running.resolve(reply);
    this.startNext();
  }

  private warmUp(): void {
    if (this.worker || this.workerFailed) return;
    if (this.ensureWorker()) this.startIdleTimer();
  }

  private startIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopWorker(new Error('idle')), IDLE_MS);
    this.idleTimer.unref();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    const path = backgroundWorkerPath('searchWorker');
    const worker: Worker | undefined = path ? startBackgroundWorker<SearchReply | SearchReady>(path, {
      onMessage: (message) => this.onMessage(message),
      onStopped: (reason) => {
        // A thread stopped earlier may still report its exit; only the current one's end counts.
        if (this.worker !== worker) return;
        this.stopWorker(reason);
        this.startNext();
      },
      exitReason: 'the search thread stopped',
    }) : undefined;
    if (!worker) this.workerFailed = true;
    this.worker = worker;
    return worker;
  }

  /** Ends the thread and fails the search running in it; a waiting search is left for startNext. */
  private stopWorker(reason: Error): void {
    const { worker, running } = this;
    this.worker = undefined;
    this.readyAt = undefined;
    this.running = undefined;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.reject(reason);
    }
    if (worker) void worker.terminate();
  }
}
