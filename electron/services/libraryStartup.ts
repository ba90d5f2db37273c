// What to do with the library before opening it: check it, and when the check fails, find the
// newest good backup to offer. Plain functions, so the decision and the words the user reads are
// tested on real files; the Electron main shows them in a dialog, the preview host in its log.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_DIR_NAME, checkLibraryFile, EMPTY_LIBRARY_PROBLEM, listBackups, newestGoodBackup,
} from '../store/libraryBackup.ts';
import type { BackupFile } from '../store/libraryBackup.ts';
import { LIBRARY_FILE_NAME } from './openLibrary.ts';

export type StartupPlan =
  | { action: 'open'; libraryFile: string; backupDir: string }
  | { action: 'offer-restore'; libraryFile: string; backupDir: string; problems: string[]; backup: BackupFile }
  | { action: 'no-good-backup'; libraryFile: string; backupDir: string; problems: string[] };

export function planLibraryStartup(dataDir: string): StartupPlan {
  const libraryFile = join(dataDir, LIBRARY_FILE_NAME);
  const backupDir = join(dataDir, BACKUP_DIR_NAME);
  // A first run has no library yet: nothing to check.
  if (!existsSync(libraryFile)) return { action: 'open', libraryFile, backupDir };
  const problems = checkLibraryFile(libraryFile);
  if (problems.length === 0) return { action: 'open', libraryFile, backupDir };
  // An empty file with no backup ever made is a first run that stopped before SQLite wrote its
  // first page: there is nothing to lose. With backups beside it, it was a library once.
  if (problems[0] === EMPTY_LIBRARY_PROBLEM && listBackups(backupDir).length === 0) {
    return { action: 'open', libraryFile, backupDir };
  }
  const backup = newestGoodBackup(backupDir);
  return backup
    ? { action: 'offer-restore', libraryFile, backupDir, problems, backup }
    : { action: 'no-good-backup', libraryFile, backupDir, problems };
}

export interface RestoreOffer {
  message: string;
  detail: string;
  /** [restore, quit]: the first is the default. */
  buttons: [string, string];
}

/** The dialog's words for a damaged library with a backup to restore. */
export function restoreOffer(plan: Extract<StartupPlan, { action: 'offer-restore' }>): RestoreOffer {
  const day = longDate(plan.backup.date);
  return {
    message: 'Your Crosscheck library is damaged.',
    detail:
      `Crosscheck checked the library when it started and found damage (${plan.problems[0] ?? 'unknown problem'}).\n\n` +
      `It can restore the backup from ${day}. Changes made since then will not be in it. ` +
      'The damaged library is kept next to it, renamed, and is not deleted.',
    buttons: [`Restore the backup from ${plan.backup.date}`, 'Quit'],
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "Friday 20 November 2026": spelled out so nobody misreads 11/20 vs 20/11, and the same on
 *  every machine whatever its locale data. */
function longDate(isoDay: string): string {
  const [year = 0, month = 1, dayOfMonth = 1] = isoDay.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

/** The words for a damaged library with no usable backup: nothing to offer but the truth. */
export function noBackupMessage(plan: Extract<StartupPlan, { action: 'no-good-backup' }>): string {
  return `The library at ${plan.libraryFile} is damaged (${plan.problems[0] ?? 'unknown problem'}) and there is no good backup ` +
    `in ${plan.backupDir} to restore. Crosscheck has not changed the file; keep a copy of it before trying anything else.`;
}
