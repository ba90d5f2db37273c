// Daily rolling backups of the library, made with SQLite's online backup API (a consistent copy
// even while the editor saves), one file per day, the newest KEEP_BACKUPS kept. A backup is
// written under a temporary name, checked, then renamed: a half-written backup never exists
// under a backup's name. And restoring never deletes anything: the damaged library is moved
// aside, not overwritten.
import { randomBytes } from 'node:crypto';
import {
  closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync,
} from 'node:fs';
import { join } from 'node:path';
import { checkSqliteFile } from './sqliteDatabase.ts';
import type { SqlDatabase } from './sqliteDatabase.ts';

export const BACKUP_DIR_NAME = 'backups';
export const KEEP_BACKUPS = 7;
/** Larger libraries are checked with quick_check at start (it skips the index cross-checks). */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;
const BACKUP_NAME = /^crosscheck-(\d{4}-\d{2}-\d{2})\.db$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PARTIAL_SUFFIX = '.partial';

export interface BackupFile {
  file: string;
  /** The day it was made, YYYY-MM-DD in local time (the user's day, not UTC's). */
  date: string;
}

export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const date = BACKUP_NAME.exec(name)?.[1];
      return date ? [{ file: join(dir, name), date }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

export interface BackupOutcome {
  /** The backup made now, or undefined when today's already existed. */
  created?: string;
  /** Backups deleted by rotation. */
  removed: string[];
}

/** Makes today's backup of `db` unless it exists, then keeps only the newest KEEP_BACKUPS. */
export async function backupLibrary(db: SqlDatabase, dir: string, now: Date = new Date()): Promise<BackupOutcome> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `crosscheck-${localDate(now)}.db`);
  let created: string | undefined;
  if (!existsSync(target)) {
    // Named for this process and this call: two instances starting together (or a second run
    // while the first is still copying) each write their own copy, and whichever renames last
    // leaves a complete backup under the day's name. A shared name let one delete the other's.
    const partial = `${target}.${process.pid}-${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`;
    try {
      await db.backupTo(partial);
      const problems = checkSqliteFile(partial, true);
      if (problems.length > 0) throw new Error(`the backup copy failed its check: ${problems[0]}`);
      renameSync(partial, target);
      created = target;
    } finally {
      rmSync(partial, { force: true });
    }
  }
  removeAbandonedPartials(dir);
  const removed = listBackups(dir).slice(KEEP_BACKUPS).map((backup) => backup.file);
  for (const file of removed) rmSync(file, { force: true });
  return created ? { created, removed } : { removed };
}

/** Copies left by a process that was killed mid-backup; a day old, no copy can still be running.
 *  Judged by the real clock, as the file times are, not by the day the backup is named for. */
function removeAbandonedPartials(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(PARTIAL_SUFFIX)) continue;
    const file = join(dir, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > DAY_MS) rmSync(file, { force: true });
    } catch {
      // Gone already: another process cleaned it up.
    }
  }
}

/** Backs up now (if today's is missing) and then hourly, so an app left open for days still
 *  gets one backup a day. Failures are logged, never thrown: a backup must not stop the editor. */
export function scheduleDailyBackups(
  db: SqlDatabase,
  dir: string,
  log: (context: string, error: unknown) => void,
  now: () => Date = () => new Date(),
): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    backupLibrary(db, dir, now())
      .catch((error: unknown) => log('backup', error))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export const EMPTY_LIBRARY_PROBLEM = 'the library file is empty, 0 bytes';
/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The library's own check at start: integrity_check, or quick_check for a large file. An empty
 *  or header-less file fails it too: SQLite would open an empty file as a new, empty database,
 *  and the app would seed samples over what used to be the user's library. */
export function checkLibraryFile(file: string): string[] {
  const size = statSync(file).size;
  if (size === 0) return [EMPTY_LIBRARY_PROBLEM];
  if (!startsWithSqliteHeader(file)) return ['the library file does not start with the SQLite header, so it is not a database'];
  return checkSqliteFile(file, size > FULL_CHECK_MAX_BYTES);
}

function startsWithSqliteHeader(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** The newest backup that passes quick_check (a backup can be damaged too). */
export function newestGoodBackup(dir: string): BackupFile | undefined {
  return listBackups(dir).find((backup) => checkSqliteFile(backup.file, true).length === 0);
}

/** Puts `backup` in place of the library. The damaged library, with its WAL and shared-memory
 *  files, is renamed to `<library>.damaged-<time>` and kept for whoever wants to recover more. */
export function restoreLibrary(libraryFile: string, backup: BackupFile, now: Date = new Date()): { damagedCopy: string } {
  const damagedCopy = `${libraryFile}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(libraryFile + suffix)) renameSync(libraryFile + suffix, damagedCopy + suffix);
  }
  const incoming = `${libraryFile}.restoring`;
  copyFileSync(backup.file, incoming);
  renameSync(incoming, libraryFile);
  return { damagedCopy };
}
