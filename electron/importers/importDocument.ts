// Reading a user's file into source text. The caller (IPC handler, preview host, CLI) gets either
// an ImportedDocument or an ImportError whose message can be shown as is. Parsing itself happens
// in a separate process (parseProcess.ts) with a memory limit, a heap limit and a time limit,
// because the bytes are untrusted: whatever a file does to its parser, the app keeps its memory.
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '../shared/ipcContract.ts';
import { readableFormatList, sourceFormatForFileName } from '../shared/sourceFormats.ts';
import type { SourceFormat, SourceFormatId } from '../shared/sourceFormats.ts';
import type { ParseProcessReply, ParseProcessRequest } from './parseProcess.ts';
import { forkParseProcess } from './parseProcessLauncher.ts';
import type { ParseProcess, ParseProcessLauncher } from './parseProcessLauncher.ts';

export interface ImportedDocument {
  /** The extracted text, UTF-8, newlines normalized to \n. Never empty. */
  text: string;
  /** A title found in the file, else the file name without its extension. */
  title: string;
  fileName: string;
  fileType: SourceFormatId;
  byteLength: number;
  /** What a web page says about its article (YYYY-MM-DD date, byline, outlet, address). */
  published?: string;
  byline?: string;
  outlet?: string;
  url?: string;
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
  /** How long one file may take to parse before its process is killed (default: its format's). */
  timeoutMs?: number;
  /** The parse worker's V8 heap cap, in MB (default WORKER_MEMORY_MB). */
  memoryMb?: number;
  /** Resident memory of the parsing process at which it is killed, in MB (default PARSE_MEMORY_LIMIT_MB). */
  memoryLimitMb?: number;
  /** Starts the parsing process; the Electron main process passes utilityProcess (see parseProcessLauncher.ts). */
  launch?: ParseProcessLauncher;
  /** Told how the parse went, for logs and measurements; never needed to use the result. */
  onParseReport?: (report: ParseReport) => void;
}

export interface ParseReport {
  /** Highest resident memory of the parsing process; undefined when it died without saying. */
  peakRssMb: number | undefined;
  /** From the call to the answer, time queued behind another parse included. */
  elapsedMs: number;
}

/** Resident memory one parsing process may reach, everything counted: V8 heap, the file's bytes
 *  and the buffers pdf.js inflates streams into, which no heap cap sees. A PDF holding the largest
 *  source Crosscheck keeps (MAX_SOURCE_TEXT_CHARS, 20 million characters) peaks at about 700 MB;
 *  a PDF that inflates past this limit is a decompression bomb, stopped within seconds. */
export const PARSE_MEMORY_LIMIT_MB = 1536;
/** V8 heap for the parser inside that process, below PARSE_MEMORY_LIMIT_MB so that a parser that
 *  runs out of objects rather than buffers gets its own refusal. */
export const WORKER_MEMORY_MB = 1024;
export async function importDocument(filePath: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const fileName = basename(filePath);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  formatOrThrow(fileName);
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
  const format = formatOrThrow(name);
  const kind = format.id;
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > maxBytes) throw tooLarge(name, maxBytes);
  if (bytes.byteLength === 0) throw new ImportError(name, 'the file is empty');

  const memoryLimitMb = options.memoryLimitMb ?? PARSE_MEMORY_LIMIT_MB;
  const timeoutMs = options.timeoutMs ?? format.parseTimeLimitMs;
  const started = performance.now();
  const answer = await parseInChildProcess(
    { kind, bytes, heapMb: options.memoryMb ?? WORKER_MEMORY_MB, memoryLimitMb },
    timeoutMs,
    options.launch ?? forkParseProcess,
  );
  options.onParseReport?.({ peakRssMb: 'peakRssMb' in answer ? answer.peakRssMb : undefined, elapsedMs: performance.now() - started });
  switch (answer.result) {
    case 'parsed': break;
    case 'refused': throw new ImportError(name, answer.reason);
    case 'over-memory':
      throw new ImportError(name, `${format.whatItIs} expands to more than ${memoryLimitMb} MB when opened, so Crosscheck stopped reading it. ` +
        'If it opens normally in another program, save a fresh copy from there and import that');
    case 'out-of-heap': throw new ImportError(name, 'it needs more memory to read than Crosscheck allows');
    case 'timed-out': throw new ImportError(name, `reading it took longer than ${Math.round(timeoutMs / 1000)} seconds`);
    case 'crashed': case 'no-reply': throw new ImportError(name, 'its contents could not be understood');
  }
  const text = answer.value.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new ImportError(name, 'it contains no text');
  const { published, byline, outlet, url } = answer.value;
  return {
    text,
    title: answer.value.title?.slice(0, 500) || name.replace(/\.[^.]+$/, '') || name,
    fileName: name,
    fileType: kind,
    byteLength: bytes.byteLength,
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
  };
}

function formatOrThrow(fileName: string): SourceFormat {
  const format = sourceFormatForFileName(fileName);
  if (!format) throw new ImportError(fileName, `Crosscheck reads ${readableFormatList()} files`);
  return format;
}

function tooLarge(fileName: string, maxBytes: number): ImportError {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
  return new ImportError(fileName, `it is larger than the ${limit} limit`);
}

/** Source runs (preview host, CLI, tests) start parseProcess.ts through Node's type stripping;
 *  the Electron build emits parseProcess.js next to the bundled main entry. */
function parseProcessPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = import.meta.url.endsWith('.ts') ? ['parseProcess.ts'] : ['parseProcess.js', 'parseProcess.mjs'];
  const found = candidates.map((file) => join(here, file)).find((file) => existsSync(file));
  if (!found) throw new Error(`The import process is missing next to ${here}`);
  return found;
}

/** One parse at a time: each may take up to PARSE_MEMORY_LIMIT_MB, and the app's worst case should
 *  be one such parse, not several. Imports from the UI already arrive one after another. */
const MAX_PARALLEL_PARSES = 1;
let running = 0;
const waiting: (() => void)[] = [];

async function parseInChildProcess(request: ParseProcessRequest, timeoutMs: number, launch: ParseProcessLauncher): Promise<ParseAnswer> {
  if (running >= MAX_PARALLEL_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await runParseProcess(request, timeoutMs, launch);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The child's reply, or what the parent saw instead: no reply in time, or the process ended
 *  without one (it could not start, or crashed). */
type ParseAnswer = ParseProcessReply | { result: 'timed-out' | 'no-reply' };

/** How long a killed process may take to be gone before the next parse starts regardless. */
const EXIT_GRACE_MS = 5_000;

/** Resolves once the process has exited, not merely been told to: until then its memory is still
 *  taken, and the next parse must not add its own on top. */
function runParseProcess(request: ParseProcessRequest, timeoutMs: number, launch: ParseProcessLauncher): Promise<ParseAnswer> {
  return new Promise((resolve) => {
    let child: ParseProcess | undefined;
    let answer: ParseAnswer | undefined;
    let exited = false;
    const done = () => {
      if (answer && exited) resolve(answer);
    };
    const finish = (result: ParseAnswer) => {
      if (answer) return;
      answer = result;
      clearTimeout(timer);
      // Also after a normal reply: the process has nothing left to do, and a bomb's pages must
      // not outlive the answer.
      child?.kill();
      setTimeout(() => {
        exited = true;
        done();
      }, EXIT_GRACE_MS).unref();
      done();
    };
    const timer = setTimeout(() => finish({ result: 'timed-out' }), timeoutMs);
    try {
      child = launch(parseProcessPath());
      child.onReply(finish);
      child.onExit(() => {
        finish({ result: 'no-reply' });
        exited = true;
        done();
      });
      child.send(request);
    } catch {
      exited = true;
      finish({ result: 'no-reply' });
    }
  });
}
