// Storage failures the user can fix get their own codes and words, read from the errors
// node:sqlite and the file system really throw (a full disk is in diskFull.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storageFailure } from '../../electron/services/storageFailure.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-storage-'));
  file = join(dir, 'crosscheck.db');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE stories (text TEXT)');
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function thrownBy(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('storage failures', () => {
  it('calls a library locked by another program busy, and says to retry in a moment', () => {
    const other = new DatabaseSync(file);
    const mine = new DatabaseSync(file, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE');
    try {
      const error = thrownBy(() => mine.exec("INSERT INTO stories VALUES ('draft')"));
      expect(storageFailure(error, 'stories.save')).toEqual({
        code: 'busy',
        message: 'Another program is using the library right now: your last changes are kept here; press Retry in a moment.',
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
      mine.close();
    }
  });

  it('calls a library that cannot be written read-only, on every channel with its own promise', () => {
    const readOnly = new DatabaseSync(file, { readOnly: true });
    try {
      const error = thrownBy(() => readOnly.exec("INSERT INTO stories VALUES ('draft')"));
      expect(storageFailure(error, 'stories.save')?.code).toBe('read-only');
      expect(storageFailure(error, 'stories.save')?.message).toMatch(/your last changes are kept here; make the folder writable and press Retry\.$/);
      expect(storageFailure(error, 'sources.create')?.message).toMatch(/so nothing was saved\. Make the folder writable and try again\.$/);
    } finally {
      readOnly.close();
    }
  });

  it('reads the file system error codes the same way, and leaves every other error to the log', () => {
    const missingFolder = thrownBy(() => writeFileSync(join(dir, 'no-such-folder', 'x'), ''));
    expect(storageFailure(missingFolder, 'stories.save')).toBeUndefined();
    expect(storageFailure(Object.assign(new Error('no space'), { code: 'ENOSPC' }), 'sources.create')).toEqual({
      code: 'disk-full', message: 'The disk is full, so nothing was saved. Free some space on the disk and try again.',
    });
    expect(storageFailure(Object.assign(new Error('read-only file system'), { code: 'EROFS' }), 'x')?.code).toBe('read-only');
    const notADatabase = thrownBy(() => {
      writeFileSync(join(dir, 'junk.db'), 'not a database, just words');
      new DatabaseSync(join(dir, 'junk.db')).exec('SELECT * FROM stories');
    });
    expect(storageFailure(notADatabase, 'stories.save')).toBeUndefined();
    expect(storageFailure('a string', 'stories.save')).toBeUndefined();
  });
});
