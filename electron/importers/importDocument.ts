// Reading a user's file into source text. The caller (IPC handler, preview host, CLI) gets either
// an ImportedDocument or an ImportError whose message can be shown as is; parsing itself happens
// in a worker thread with memory and time limits, because the bytes are untrusted.
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MAX_IMPORT_BYTES } from '../shared/ipcContract.ts';
import { kindFromFileName } from './extractText.ts';
import type { FileKind } from './extractText.ts';
import type { ParseReply, ParseRequest } from './parseWorker.ts';

export interface ImportedDocument {
  /** The extracted text, UTF-8, newlines normalized to \n. Never empty. */
  text: string;
  /** A title found in the file, else the file name without its extension. */
  title: string;
  fileName: string;
  fileType: FileKind;
  byteLength: number;
}

export class ImportError extends Error {
  readonly fileName: string;
  constructor(fileName: string, reason: string) {
    super(`${fileName} could not be read: ${reason}.`);
    this.name = 'ImportError';
    this.fileName = fileName;
  }
}

export interface ImportOptions {
  maxBytes?: number;
  /** How long one file may take to parse before the worker is stopped (default: per kind). */
  timeoutMs?: number;
  /** The parse worker's V8 heap cap, in MB (default WORKER_MEMORY_MB). */
  memoryMb?: number;
}

/** Time each parser gets for one file, generous for a 50 MB file on a slow laptop; past it the
 *  worker is terminated. Plain text is a single decode, so it gets the least. */
export const PARSE_TIME_LIMITS_MS: Readonly<Record<FileKind, number>> = {
  txt: 15_000, md: 15_000, html: 30_000, docx: 60_000, pdf: 90_000,
};
/** Heap for one parse worker: enough for a large PDF, small enough that a decompression bomb
 *  that lies about its size dies in the worker, never in the app. At most MAX_PARALLEL_PARSES
 *  workers run at once. */
export const WORKER_MEMORY_MB = 1024;
const SUPPORTED = '.txt, .md, .html, .docx and .pdf';

export async function importDocument(filePath: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const fileName = basename(filePath);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  kindOrThrow(fileName);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new ImportError(fileName, 'it is not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, 'the file was not found or cannot be opened');
  }
  // Checked before reading a single byte, so a huge file never reaches memory.
  if (size > maxBytes) throw tooLarge(fileName, maxBytes);
  const handle = await open(filePath, 'r').catch(() => {
    throw new ImportError(fileName, 'the file cannot be opened (check that you have permission to read it)');
  });
  try {
    // Read at most one byte past the cap in case the file grew since stat().
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(fileName, maxBytes);
    return await importBytes(fileName, buffer.subarray(0, bytesRead), options);
  } finally {
    await handle.close();
  }
}

export async function importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportedDocument> {
  const name = basename(fileName.replaceAll('\\', '/'));
  const kind = kindOrThrow(name);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > maxBytes) throw tooLarge(name, maxBytes);
  if (bytes.byteLength === 0) throw new ImportError(name, 'the file is empty');

  const reply = await parseInWorker({ kind, bytes }, options.timeoutMs ?? PARSE_TIME_LIMITS_MS[kind], options.memoryMb ?? WORKER_MEMORY_MB);
  if (!reply.ok) throw new ImportError(name, reply.reason);
  const text = reply.value.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new ImportError(name, 'it contains no text');
  return {
    text,
    title: reply.value.title?.slice(0, 500) || name.replace(/\.[^.]+$/, '') || name,
    fileName: name,
    fileType: kind,
    byteLength: bytes.byteLength,
  };
}

function kindOrThrow(fileName: string): FileKind {
  const kind = kindFromFileName(fileName);
  if (!kind) throw new ImportError(fileName, `Crosscheck reads ${SUPPORTED} files`);
  return kind;
}

function tooLarge(fileName: string, maxBytes: number): ImportError {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
  return new ImportError(fileName, `it is larger than the ${limit} limit`);
}

/** Source runs (preview host, CLI, tests) load parseWorker.ts through Node's type stripping; the
 *  Electron build emits parseWorker.js next to the bundled main entry. */
function workerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = import.meta.url.endsWith('.ts') ? ['parseWorker.ts'] : ['parseWorker.js', 'parseWorker.mjs'];
  const found = candidates.map((file) => join(here, file)).find((file) => existsSync(file));
  if (!found) throw new Error(`The import worker is missing next to ${here}`);
  return found;
}

/** At most this many files are parsed at once; each worker may use up to its memory limit. */
const MAX_PARALLEL_PARSES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function parseInWorker(request: ParseRequest, timeoutMs: number, memoryMb: number): Promise<ParseReply> {
  if (running >= MAX_PARALLEL_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await runWorker(request, timeoutMs, memoryMb);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function runWorker(request: ParseRequest, timeoutMs: number, memoryMb: number): Promise<ParseReply> {
  return new Promise((resolve) => {
    const worker = new Worker(workerPath(), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)), stackSizeMb: 8 },
      stdout: true, // pdf.js may print warnings; they are not for the user
      stderr: true,
    });
    let settled = false;
    const finish = (reply: ParseReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: `reading it took longer than ${Math.round(timeoutMs / 1000)} seconds` }),
      timeoutMs,
    );
    worker.once('message', (reply: ParseReply) => finish(reply));
    worker.once('error', (error: Error & { code?: string }) =>
      finish({
        ok: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it needs more memory to read than Crosscheck allows' : 'its contents could not be understood',
      }),
    );
    worker.once('exit', () => finish({ ok: false, reason: 'its contents could not be understood' }));
    worker.stdout.resume();
    worker.stderr.resume();
    // A fresh copy is transferred: the caller's buffer stays usable, and Node's pooled Buffers
    // (small Buffer.from results) cannot be transferred at all.
    const bytes = new Uint8Array(request.bytes);
    try {
      worker.postMessage({ kind: request.kind, bytes } satisfies ParseRequest, [bytes.buffer]);
    } catch {
      finish({ ok: false, reason: 'its contents could not be passed to the reader' });
    }
  });
}
