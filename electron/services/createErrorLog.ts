// The app's error log: a line per failure, in a file the user can send us (the "details are in
// the log" that an internal error promises) and on stderr. A log is most needed when the disk
// is full or the folder unwritable, which is exactly when writing it fails; so a write that
// fails is dropped, never thrown. Callers such as dispatchRequest promise never to throw and
// rely on that.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogError = (context: string, error: unknown) => void;

export interface ErrorLogOptions {
  /** Starts every line, e.g. "[crosscheck preview]". */
  prefix: string;
  /** Appended to as well as stderr; absent: stderr only. */
  file?: string | undefined;
}

/** Past this the file is moved to `<file>.old` (replacing the previous one), so a failure that
 *  repeats every second cannot fill the disk by itself. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024;

export function createErrorLog({ prefix, file }: ErrorLogOptions): LogError {
  let folderReady = false;
  return (context, error) => {
    let line: string;
    try {
      line = `${new Date().toISOString()} ${prefix} ${context} failed: ${describe(error)}\n`;
    } catch {
      line = `${prefix} ${context} failed (the error could not be described)\n`;
    }
    try {
      // Node's console swallows write errors on stderr (a full disk under a redirect, a closed pipe).
      console.error(line.trimEnd());
    } catch {
      // Only a stack overflow gets through the console; there is nothing left to tell then.
    }
    if (!file) return;
    try {
      if (!folderReady) {
        mkdirSync(dirname(file), { recursive: true });
        folderReady = true;
      }
      if (sizeOf(file) > MAX_LOG_BYTES) renameSync(file, `${file}.old`);
      appendFileSync(file, line);
    } catch {
      // The disk is full or the folder unwritable; stderr above has the line.
    }
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The stack when there is one (the log is for us, never shown to the user). */
function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  return JSON.stringify(error) ?? String(error);
}
