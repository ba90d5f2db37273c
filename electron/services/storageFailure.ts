// A full disk, a library another program holds, or a folder that cannot be written are not bugs:
// the user can fix each of them, and nothing was written. So they get their own error codes and
// sentences that say what to do, instead of the "something went wrong on our side" that a real
// bug gets. SQLite reports them through node:sqlite's `errcode`, the file system through `code`.
import type { ApiError } from '../shared/ipcContract.ts';

type StorageCode = Extract<ApiError['code'], 'disk-full' | 'busy' | 'read-only'>;

// SQLite's primary result codes (the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_FULL = 13;

const BY_SQLITE_CODE: Record<number, StorageCode> = {
  [SQLITE_BUSY]: 'busy',
  [SQLITE_LOCKED]: 'busy',
  [SQLITE_READONLY]: 'read-only',
  [SQLITE_FULL]: 'disk-full',
};
const BY_ERRNO: Record<string, StorageCode> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full', // over a disk quota: the same remedy for the user
  EBUSY: 'busy',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
};

/** What went wrong, and what to do about it. The autosave's words promise that the edit is kept:
 *  the renderer holds it and retries, so that promise is true on the save channel only. */
const REASONS: Record<StorageCode, { save: string; other: string }> = {
  'disk-full': {
    save: 'The disk is full: your last changes are kept here; free some space on the disk and press Retry.',
    other: 'The disk is full, so nothing was saved. Free some space on the disk and try again.',
  },
  busy: {
    save: 'Another program is using the library right now: your last changes are kept here; press Retry in a moment.',
    other: 'Another program is using the library right now, so nothing was saved. Try again in a moment.',
  },
  'read-only': {
    save: 'The library cannot be written (the disk or folder is read-only, or Crosscheck lacks permission): ' +
      'your last changes are kept here; make the folder writable and press Retry.',
    other: 'The library cannot be written (the disk or folder is read-only, or Crosscheck lacks permission), ' +
      'so nothing was saved. Make the folder writable and try again.',
  },
};

const SAVE_CHANNEL = 'stories.save';

/** The user-facing error for a storage failure, or undefined when `error` is something else. */
export function storageFailure(error: unknown, channel: string): ApiError | undefined {
  const code = storageCode(error);
  if (!code) return undefined;
  const reason = REASONS[code];
  return { code, message: channel === SAVE_CHANNEL ? reason.save : reason.other };
}

function storageCode(error: unknown): StorageCode | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { errcode, code } = error as { errcode?: unknown; code?: unknown };
  if (typeof errcode === 'number') return BY_SQLITE_CODE[errcode & 0xff];
  return typeof code === 'string' ? BY_ERRNO[code] : undefined;
}
