// The main side of the review's claim checks: one long-lived worker thread (claimCheckWorker),
// started on first use and stopped after a quiet spell. Where no worker can start, the same
// checks run in this thread, so the review still works, only less smoothly.
import type { Worker } from 'node:worker_threads';
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { Claim, DraftBlock, DraftChecker, SourceDocument } from '../../core/index.ts';
import type { SourceSummary } from '../shared/ipcContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import type { CheckReply, CheckRequest } from './claimCheckWorker.ts';
import { backgroundWorkerPath, startBackgroundWorker } from './startBackgroundWorker.ts';

/** A check far slower than the largest benchmark story; the worker is restarted after it. */
const CHECK_TIME_LIMIT_MS = 120_000;
/** The worker (and the indexes it caches) goes away after this long without a request. */
const IDLE_MS = 10 * 60_000;

type Pending = { resolve: (reply: CheckReply) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };

export function sourcesKeyOf(sources: readonly SourceSummary[]): string {
  // Source text never changes after import; a metadata edit (the published date anchors
  // relative dates) bumps updatedAt.
  return sources.map((s) => `${s.id}:${s.updatedAt}:${s.charCount}`).join('|');
}

function documentsOf(store: CrosscheckStore, sources: readonly SourceSummary[]): SourceDocument[] {
  loads++;
  return sources.map((summary) => {
    const s = store.getSource(summary.id);
    return { id: s.id, text: s.text, title: s.title, ...(s.published ? { published: s.published } : {}) };
  });
}

let loads = 0;
/** How many times source texts were read for an index (each one a rebuild); for tests and benchmarks. */
export function sourceLoads(): number {
  return loads;
}

export class ClaimChecks {
  private worker: Worker | undefined;
  private workerFailed = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Used only when no worker can run. */
  private readonly inline = new Map<string, { key: string; checker: DraftChecker }>();

  /** Claims per block of the story, checked against its sources. */
  async check(store: CrosscheckStore, storyId: string, sources: readonly SourceSummary[], blocks: readonly DraftBlock[]): Promise<Map<string, Claim[]>> {
    const sourcesKey = sourcesKeyOf(sources);
    const plain = blocks.map((b) => ({ id: b.id, text: b.text }));
    const worker = this.ensureWorker();
    if (!worker) return this.checkInline(store, storyId, sourcesKey, sources, plain);
    let reply = await this.send(worker, { id: 0, storyId, sourcesKey, blocks: plain });
    if (reply.kind === 'need-sources') {
      reply = await this.send(worker, { id: 0, storyId, sourcesKey, blocks: plain, sources: documentsOf(store, sources) });
    }
    if (reply.kind === 'claims') return new Map(reply.claims);
    throw new Error(reply.kind === 'failed' ? `claim check failed: ${reply.message}` : 'claim check failed');
  }

  /** Whether checks run in the worker thread (false after a failure to start one). */
  get usesWorker(): boolean {
    return this.worker !== undefined;
  }

  close(): void {
    this.stopWorker(new Error('claim checks closed'));
  }

  private checkInline(store: CrosscheckStore, storyId: string, key: string, sources: readonly SourceSummary[], blocks: DraftBlock[]): Map<string, Claim[]> {
    let entry = this.inline.get(storyId);
    if (!entry || entry.key !== key) {
      entry = { key, checker: createDraftChecker(createSourceIndex(documentsOf(store, sources))) };
      this.inline.set(storyId, entry);
    }
    return entry.checker.checkBlocks(blocks);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    const path = backgroundWorkerPath('claimCheckWorker');
    // A thread stopped earlier may still report its exit; only the current one's end counts.
    const worker: Worker | undefined = path ? startBackgroundWorker<CheckReply>(path, {
      onMessage: (reply) => {
        const pending = this.pending.get(reply.id);
        if (!pending) return;
        this.pending.delete(reply.id);
        clearTimeout(pending.timer);
        pending.resolve(reply);
      },
      onStopped: (reason) => {
        if (this.worker === worker) this.stopWorker(reason);
      },
      exitReason: 'the claim checker stopped',
    }) : undefined;
    if (!worker) this.workerFailed = true;
    this.worker = worker;
    return worker;
  }

  private send(worker: Worker, request: CheckRequest): Promise<CheckReply> {
    const id = this.nextId++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    return new Promise<CheckReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stopWorker(new StoreError('internal', 'Checking the story took too long; try again in a moment.'));
      }, CHECK_TIME_LIMIT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...request, id } satisfies CheckRequest);
    }).finally(() => {
      if (this.pending.size === 0) {
        this.idleTimer = setTimeout(() => this.stopWorker(new Error('idle')), IDLE_MS);
        this.idleTimer.unref();
      }
    });
  }

  private stopWorker(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.pending.clear();
    if (worker) void worker.terminate();
  }
}
