// Starting the main side's helper threads (claim checks, source search) the same way: find the
// worker module next to this code, start it so that it never keeps the app or a test run alive,
// and report every way it can stop through one callback. Each service keeps its own queue and
// time limits; only the thread's life is shared.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker module `name` (without extension) beside this code. Source runs (preview host,
 * tests) start the .ts file through type stripping; the Electron build emits `name.js` next to
 * the bundled main entry. Undefined when neither exists, so the caller works in its own thread.
 */
export function backgroundWorkerPath(name: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = import.meta.url.endsWith('.ts') ? [`${name}.ts`] : [`${name}.js`, `${name}.mjs`];
  return candidates.map((file) => join(here, file)).find((file) => existsSync(file));
}

export interface BackgroundWorkerEvents<Message> {
  onMessage(message: Message): void;
  /** The thread failed or exited; `exitReason` is used when it exited without an error. */
  onStopped(reason: Error): void;
  exitReason: string;
}

/** Starts the worker, or returns undefined when it cannot start (a missing or broken module). */
export function startBackgroundWorker<Message>(path: string, events: BackgroundWorkerEvents<Message>): Worker | undefined {
  try {
    const worker = new Worker(path);
    // Idle, it must not keep the app or a test run alive.
    worker.unref();
    worker.on('message', (message: Message) => events.onMessage(message));
    worker.on('error', (error) => events.onStopped(error));
    worker.on('exit', () => events.onStopped(new Error(events.exitReason)));
    return worker;
  } catch {
    return undefined;
  }
}
