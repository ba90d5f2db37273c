/// <reference lib="webworker" />
// The claim engine, off the main thread. It keeps the latest text of every block and the text each
// block was last analysed at; a message only records what changed, and the analysis runs in short
// slices afterwards, so a burst of edits costs one analysis per block, for its newest text.
import { createDraftChecker, createSourceIndex, suggestFactBox } from '../../../core/index.ts';
import type { DraftChecker, FactBoxBullet, SourceDocument } from '../../../core/index.ts';
import type { BlockClaims, FromChecker, ToChecker } from './checkerProtocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Longest the worker analyses before looking at its inbox again; keeps superseded work short. */
const SLICE_MS = 12;

let sources: readonly SourceDocument[] | null = null;
let checker: DraftChecker | null = null;
/** Newest text of each block, in the order blocks were first seen. */
const latest = new Map<string, string>();
/** Text each block was last analysed at: what the engine's per-block cache holds. */
const analysed = new Map<string, string>();
/** Blocks waiting for analysis; most recently edited last, and served first. */
const dirty = new Set<string>();
const removedSinceReport = new Set<string>();
let factBoxStale = false;
let scheduled = false;

function post(message: FromChecker): void {
  self.postMessage(message);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // A macrotask, so messages already queued are read (and supersede this work) before it runs.
  setTimeout(run, 0);
}

function markDirty(id: string): void {
  dirty.delete(id);
  dirty.add(id);
}

self.onmessage = (event: MessageEvent<ToChecker>) => {
  const message = event.data;
  if (message.type === 'sources') {
    sources = message.sources;
    try {
      // Without sources every figure would read as unsupported: show no flags instead.
      checker = message.sources.length === 0 ? null : createDraftChecker(createSourceIndex(message.sources), message.published ? { published: message.published } : undefined);
    } catch {
      checker = null;
      post({ type: 'failed', message: 'The sources could not be read for checking.' });
    }
    analysed.clear();
    for (const id of latest.keys()) dirty.add(id);
    factBoxStale = true;
  } else {
    for (const id of message.removed) {
      latest.delete(id);
      analysed.delete(id);
      dirty.delete(id);
      removedSinceReport.add(id);
    }
    for (const block of message.changed) {
      if (latest.get(block.id) === block.text && !dirty.has(block.id) && analysed.get(block.id) === block.text) continue;
      latest.set(block.id, block.text);
      removedSinceReport.delete(block.id);
      markDirty(block.id);
    }
  }
  schedule();
};

function run(): void {
  scheduled = false;
  const started = performance.now();
  const reported: BlockClaims[] = [];
  if (checker) {
    const queue = [...dirty].reverse();
    while (queue.length > 0 && performance.now() - started < SLICE_MS) {
      const batch = queue.splice(0, 8);
      // Every block goes to the engine so its cache keeps them; a block not yet due is passed at
      // the text it was analysed at, which the cache answers without work.
      const wanted = new Set(batch);
      const blocks: { id: string; text: string }[] = [];
      for (const [id, text] of latest) {
        if (wanted.has(id)) blocks.push({ id, text });
        else {
          const done = analysed.get(id);
          if (done !== undefined) blocks.push({ id, text: done });
        }
      }
      const results = checker.checkBlocks(blocks);
      for (const id of batch) {
        const text = latest.get(id) ?? '';
        analysed.set(id, text);
        dirty.delete(id);
        reported.push({ id, text, claims: results.get(id) ?? [] });
      }
    }
  } else if (sources !== null) {
    // The sources could not be indexed: report no claims rather than stale ones.
    for (const id of dirty) reported.push({ id, text: latest.get(id) ?? '', claims: [] });
    dirty.clear();
  }
  if (reported.length > 0 || removedSinceReport.size > 0) {
    post({ type: 'claims', blocks: reported, removed: [...removedSinceReport], ms: performance.now() - started });
    removedSinceReport.clear();
  }
  if (checker && dirty.size > 0) return schedule();
  if (factBoxStale && sources) {
    // Lowest priority: flags for what the writer is typing matter more than the suggestions.
    factBoxStale = false;
    let bullets: FactBoxBullet[];
    try {
      bullets = suggestFactBox(sources);
    } catch {
      bullets = [];
    }
    post({ type: 'fact-box', bullets });
  }
}
