// Daily backups and the start-up check, on real library files: a backup is made with SQLite's
// backup API and opens as a library, rotation keeps seven, and a library damaged on disk is
// caught by integrity_check and restored from the newest good backup (the damaged file kept).
import {
  closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreviewHost } from '../../electron/preview/previewHost.ts';
import { noBackupMessage, planLibraryStartup, restoreOffer } from '../../electron/services/libraryStartup.ts';
import { LIBRARY_FILE_NAME } from '../../electron/services/openLibrary.ts';
import { HTTP_TOKEN_HEADER } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import {
  BACKUP_DIR_NAME, backupLibrary, KEEP_BACKUPS, listBackups, restoreLibrary, scheduleDailyBackups,
} from '../../electron/store/libraryBackup.ts';
import { checkSqliteFile } from '../../electron/store/sqliteDatabase.ts';

let dataDir: string;
let libraryFile: string;
let backupDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-backup-'));
  libraryFile = join(dataDir, LIBRARY_FILE_NAME);
  backupDir = join(dataDir, BACKUP_DIR_NAME);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const day = (n: number) => new Date(2026, 10, n, 9, 30); // 9:30 local time, November 2026

/** A library with enough rows to span many pages, so damage in the middle hits real data. */
function libraryWithStories(titles: string[]): CrosscheckStore {
  const store = CrosscheckStore.open(libraryFile);
  for (const title of titles) store.createStory({ title });
  for (let i = 0; i < 60; i++) store.createSource({ text: `Source ${i}: ${'Three killed, 45 injured in Izhevsk. '.repeat(40)}`, fileType: 'paste' });
  return store;
}

/** Overwrites pages 3–12 with a pattern, as a failing disk or a bad sync tool might. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(10 * 4096, 0x5a), 0, 10 * 4096, 2 * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('daily backups', () => {
  it('makes a dated copy with the backup API that opens as a library, once a day', async () => {
    const store = libraryWithStories(['Drone attack on Izhevsk']);
    const first = await backupLibrary(store.db, backupDir, day(22));
    expect(first).toEqual({ created: join(backupDir, 'crosscheck-2026-11-22.db'), removed: [] });
    expect(await backupLibrary(store.db, backupDir, day(22))).toEqual({ removed: [] });
    store.close();

    expect(checkSqliteFile(first.created!)).toEqual([]);
    const copy = CrosscheckStore.open(first.created!);
    expect(copy.listStories().map((s) => s.title)).toEqual(['Drone attack on Izhevsk']);
    expect(copy.listSources()).toHaveLength(60);
    copy.close();
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('keeps the newest seven and deletes older ones', async () => {
    const store = libraryWithStories(['Story']);
    const removed: string[] = [];
    for (let n = 1; n <= 10; n++) removed.push(...(await backupLibrary(store.db, backupDir, day(n))).removed);
    store.close();
    expect(listBackups(backupDir).map((b) => b.date)).toEqual(
      ['2026-11-10', '2026-11-09', '2026-11-08', '2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04'],
    );
    expect(KEEP_BACKUPS).toBe(7);
    expect(removed.map((file) => file.slice(-13))).toEqual(['2026-11-01.db', '2026-11-02.db', '2026-11-03.db']);
  });

  it('backs up at start-up without waiting, and never throws into the app', async () => {
    const store = libraryWithStories(['Story']);
    const errors: unknown[] = [];
    const stop = scheduleDailyBackups(store.db, backupDir, (_context, error) => errors.push(error), () => day(21));
    for (let i = 0; i < 100 && listBackups(backupDir).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    store.close();
    expect(listBackups(backupDir).map((b) => b.date)).toEqual(['2026-11-21']);
    expect(errors).toEqual([]);
  });

  it('lets two copies of the app back up the same day at the same moment: both succeed, one good backup', async () => {
    libraryWithStories(['Filed by two windows']).close();
    const first = CrosscheckStore.open(libraryFile);
    const second = CrosscheckStore.open(libraryFile);
    try {
      const outcomes = await Promise.allSettled([
        backupLibrary(first.db, backupDir, day(23)),
        backupLibrary(second.db, backupDir, day(23)),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    } finally {
      first.close();
      second.close();
    }
    expect(readdirSync(backupDir)).toEqual(['crosscheck-2026-11-23.db']);
    const backup = listBackups(backupDir)[0]!;
    expect(checkSqliteFile(backup.file)).toEqual([]);
    const copy = CrosscheckStore.open(backup.file);
    expect(copy.listStories().map((s) => s.title)).toEqual(['Filed by two windows']);
    copy.close();
  });
});

describe('the check at start', () => {
  it('opens a healthy library (and a first run with none) without offering anything', () => {
    expect(planLibraryStartup(dataDir).action).toBe('open');
    libraryWithStories(['Story']).close();
    expect(planLibraryStartup(dataDir)).toEqual({ action: 'open', libraryFile, backupDir });
  });

  it('detects a library damaged on disk and restores the newest good backup, keeping the damaged file', async () => {
    const store = libraryWithStories(['Filed on Friday']);
    await backupLibrary(store.db, backupDir, day(20));
    store.createStory({ title: 'Written on Saturday' });
    await backupLibrary(store.db, backupDir, day(21));
    store.close();
    damagePages(listBackups(backupDir)[0]!.file); // the newest backup is damaged too
    damagePages(libraryFile);

    const plan = planLibraryStartup(dataDir);
    if (plan.action !== 'offer-restore') throw new Error(`expected a restore offer, got ${plan.action}`);
    expect(plan.problems.length).toBeGreaterThan(0);
    expect(plan.backup.date).toBe('2026-11-20');
    const offer = restoreOffer(plan);
    expect(offer.message).toBe('Your Crosscheck library is damaged.');
    expect(offer.detail).toContain('It can restore the backup from Friday 20 November 2026. Changes made since then will not be in it.');
    expect(offer.buttons).toEqual(['Restore the backup from 2026-11-20', 'Quit']);

    const { damagedCopy } = restoreLibrary(plan.libraryFile, plan.backup, day(22));
    expect(existsSync(damagedCopy)).toBe(true);
    expect(checkSqliteFile(damagedCopy)).not.toEqual([]);
    expect(planLibraryStartup(dataDir).action).toBe('open');
    const restored = CrosscheckStore.open(libraryFile);
    expect(restored.listStories().map((s) => s.title)).toEqual(['Filed on Friday']);
    restored.close();
  });

  it('detects a file that is no longer a database at all', () => {
    libraryWithStories(['Story']).close();
    const fd = openSync(libraryFile, 'r+');
    writeSync(fd, Buffer.from('this is not the SQLite header....'), 0, 32, 0);
    closeSync(fd);
    const plan = planLibraryStartup(dataDir);
    expect(plan.action).toBe('no-good-backup');
    if (plan.action !== 'no-good-backup') return;
    expect(plan.problems[0]).toMatch(/not a database/);
    expect(noBackupMessage(plan)).toContain('there is no good backup');
  });

  it('offers the backup for an empty library file instead of starting a new sample library over it', async () => {
    const store = libraryWithStories(['Filed on Friday']);
    await backupLibrary(store.db, backupDir, day(20));
    store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(libraryFile + suffix, { force: true });
    writeFileSync(libraryFile, ''); // what a sync tool or a full disk can leave behind

    const plan = planLibraryStartup(dataDir);
    if (plan.action !== 'offer-restore') throw new Error(`expected a restore offer, got ${plan.action}`);
    expect(plan.backup.date).toBe('2026-11-20');
    expect(restoreOffer(plan).detail).toContain('found damage (the library file is empty, 0 bytes)');

    const log = console.error;
    console.error = () => {};
    try {
      await expect(startPreviewHost({ dataDir, rendererDir: dataDir })).rejects.toThrow(/--restore-from-backup/);
    } finally {
      console.error = log;
    }
    expect(statSync(libraryFile).size).toBe(0); // refused before SQLite could turn it into a new library

    restoreLibrary(plan.libraryFile, plan.backup, day(22));
    const restored = CrosscheckStore.open(libraryFile);
    expect(restored.listStories().map((s) => s.title)).toEqual(['Filed on Friday']);
    restored.close();
  });

  it('treats a file without the SQLite header as damaged, and an empty file with no backups as a first run', () => {
    writeFileSync(libraryFile, '');
    expect(planLibraryStartup(dataDir)).toEqual({ action: 'open', libraryFile, backupDir });
    writeFileSync(libraryFile, 'Three killed in Izhevsk\n');
    const plan = planLibraryStartup(dataDir);
    expect(plan.action).toBe('no-good-backup');
    if (plan.action === 'no-good-backup') expect(plan.problems[0]).toMatch(/does not start with the SQLite header/);
  });

  it('in the preview host: refuses to start on a damaged library, restores when asked', async () => {
    const store = libraryWithStories(['Backed up']);
    await backupLibrary(store.db, backupDir, day(19));
    store.close();
    damagePages(libraryFile);
    const log = console.error;
    console.error = () => {};
    try {
      await expect(startPreviewHost({ dataDir, rendererDir: dataDir })).rejects.toThrow(/--restore-from-backup to restore the backup from 2026-11-19/);
      const host = await startPreviewHost({ dataDir, rendererDir: dataDir, restoreFromBackup: true });
      try {
        const response = await fetch(new URL('/api/stories.list', host.url), {
          method: 'POST', headers: { 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: host.token }, body: '{}',
        });
        const titles = ((await response.json()) as { value: { stories: { title: string }[] } }).value.stories.map((s) => s.title);
        expect(titles).toContain('Backed up');
      } finally {
        await host.close();
      }
    } finally {
      console.error = log;
    }
    expect(readdirSync(dataDir).some((name) => name.startsWith(`${LIBRARY_FILE_NAME}.damaged-`))).toBe(true);
  });
});
