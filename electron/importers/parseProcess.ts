// Entry of the process that parses one untrusted file, started by importDocument.ts through a
// ParseProcessLauncher. Its main thread only supervises: the parser runs in a worker thread
// (parseWorker.ts) under a V8 heap cap, and this thread samples the resident memory of the whole
// process, which also counts what a heap cap cannot see — pdf.js inflates streams into
// ArrayBuffers outside the V8 heap, so a 4 MB PDF can grow without bound under any heap cap.
// Sampling RSS works the same on Linux, macOS and Windows, in a forked Node and in Electron's
// utilityProcess; the parent then kills this process, so the memory goes back to the OS.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFormatId } from '../shared/sourceFormats.ts';
import type { ExtractedText } from './extractText.ts';
import type { ParseReply, ParseRequest } from './parseWorker.ts';

export interface ParseProcessRequest {
  kind: SourceFormatId;
  bytes: Uint8Array;
  /** The parse worker's V8 heap cap, in MB. */
  heapMb: number;
  /** Resident memory of this whole process above which the parse is abandoned, in MB. */
  memoryLimitMb: number;
}

export type ParseProcessReply = { peakRssMb: number } & (
  | { result: 'parsed'; value: ExtractedText }
  | { result: 'refused'; reason: string }
  | { result: 'over-memory' }
  | { result: 'out-of-heap' }
  | { result: 'crashed' }
);

/** At 150 MB/s, the rate a Flate bomb inflates in pdf.js on a slow laptop, a sample every 25 ms
 *  lets the process overshoot its limit by about 4 MB; reading RSS costs microseconds. */
const SAMPLE_EVERY_MS = 25;
const MB = 1024 * 1024;

interface ParentChannel {
  receive(listener: (request: ParseProcessRequest) => void): void;
  reply(message: ParseProcessReply): void;
}

/** Electron's utilityProcess talks through process.parentPort, a forked Node through process.send. */
function parentChannel(): ParentChannel | undefined {
  const port = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (port) {
    return {
      receive: (listener) => port.once('message', (event) => listener(event.data as ParseProcessRequest)),
      reply: (message) => port.postMessage(message),
    };
  }
  if (process.send) {
    // An orphan must not go on parsing once the app that asked is gone.
    process.once('disconnect', () => process.exit(1));
    return {
      receive: (listener) => process.once('message', (message) => listener(message as ParseProcessRequest)),
      reply: (message) => process.send?.(message),
    };
  }
  return undefined;
}

interface ElectronParentPort {
  once(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Source runs start parseWorker.ts through Node's type stripping; the Electron build emits
 *  parseWorker.js next to this entry's parseProcess.js. */
function workerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = import.meta.url.endsWith('.ts') ? ['parseWorker.ts'] : ['parseWorker.js', 'parseWorker.mjs'];
  const found = candidates.map((file) => join(here, file)).find((file) => existsSync(file));
  if (!found) throw new Error(`The parse worker is missing next to ${here}`);
  return found;
}

function parse(request: ParseProcessRequest, reply: (message: ParseProcessReply) => void): void {
  let peakRssMb = process.memoryUsage.rss() / MB;
  let done = false;
  const finish = (outcome: DistributiveOmit<ParseProcessReply, 'peakRssMb'>) => {
    if (done) return;
    done = true;
    clearInterval(sampler);
    // maxRSS (KB) also covers a peak between two samples.
    reply({ ...outcome, peakRssMb: Math.round(Math.max(peakRssMb, process.resourceUsage().maxRSS / 1024)) } as ParseProcessReply);
    void worker.terminate();
  };
  const worker = new Worker(workerPath(), {
    resourceLimits: {
      maxOldGenerationSizeMb: request.heapMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, request.heapMb / 8)),
      stackSizeMb: 8,
    },
    stdout: true, // pdf.js may print warnings; they are not for the user
    stderr: true,
  });
  const sampler = setInterval(() => {
    const rssMb = process.memoryUsage.rss() / MB;
    peakRssMb = Math.max(peakRssMb, rssMb);
    if (rssMb > request.memoryLimitMb) finish({ result: 'over-memory' });
  }, SAMPLE_EVERY_MS);
  worker.once('message', (answer: ParseReply) =>
    finish(answer.ok ? { result: 'parsed', value: answer.value } : { result: 'refused', reason: answer.reason }),
  );
  worker.once('error', (error: Error & { code?: string }) =>
    finish({ result: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-heap' : 'crashed' }),
  );
  worker.once('exit', () => finish({ result: 'crashed' }));
  worker.stdout.resume();
  worker.stderr.resume();
  // A copy the worker can own: what arrived over IPC may be a view into a larger message buffer.
  const bytes = new Uint8Array(request.bytes);
  worker.postMessage({ kind: request.kind, bytes } satisfies ParseRequest, [bytes.buffer]);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const channel = parentChannel();
channel?.receive((request) => parse(request, channel.reply));
