// A full disk during a save, on a real disk that fills up (a tmpfs of a few MB): the save is
// refused with a sentence that says what to do, the library is not damaged, the log on the same
// disk does not take the answer down, and once space is freed the same save goes through.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPreviewHost } from '../../electron/preview/previewHost.ts';
import type { PreviewHost } from '../../electron/preview/previewHost.ts';
import { createErrorLog } from '../../electron/services/createErrorLog.ts';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { HTTP_TOKEN_HEADER } from '../../electron/shared/ipcContract.ts';
import type { Result, Story, StoryDocument } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { checkSqliteFile } from '../../electron/store/sqliteDatabase.ts';
import { mountSmallDisk } from './mountSmallDisk.ts';
import type { SmallDisk } from './mountSmallDisk.ts';

const mounted = mountSmallDisk(4);
if (mounted.reason) console.warn(`[diskFull.test] skipped: ${mounted.reason}`);
let disk: SmallDisk;
beforeAll(() => {
  if (mounted.disk) disk = mounted.disk;
});
afterAll(() => mounted.disk?.unmount());

/** Larger than any slack SQLite keeps in its WAL, so the save must find new room on the disk. */
function longDocument(words: string): StoryDocument {
  return [
    { type: 'headline', id: 'h1', children: [{ text: 'Plant fire: what we know' }] },
    { type: 'paragraph', id: 'p1', children: [{ text: `${words} `.repeat(Math.ceil(600_000 / (words.length + 1))) }] },
  ];
}
const LATEST_EDIT = 'Three workers were treated for smoke inhalation, the plant said.';

describe.skipIf(!mounted.disk)('a save on a full disk', () => {
  let store: CrosscheckStore;
  let libraryFile: string;
  const logged: string[] = [];
  beforeEach(() => {
    libraryFile = join(disk.dir, 'crosscheck.db');
    store = CrosscheckStore.open(libraryFile);
    logged.length = 0;
  });
  afterEach(() => {
    store.close();
    disk.free();
    for (const suffix of ['', '-wal', '-shm']) rmSync(libraryFile + suffix, { force: true });
    rmSync(join(disk.dir, 'crosscheck.log'), { force: true });
  });

  it('is refused as disk-full with what to do, keeps the library whole, and succeeds once space is freed', async () => {
    const handlers = createHandlers({ store });
    const story = store.createStory({ title: 'Plant fire' });
    disk.fill();

    const request = { id: story.id, document: longDocument(LATEST_EDIT), baseRevision: story.revision };
    const refused = await dispatchRequest(handlers, 'stories.save', request, (context) => logged.push(context));
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full: your last changes are kept here; free some space on the disk and press Retry.' },
    });
    expect(logged).toEqual(['stories.save']);
    expect(checkSqliteFile(libraryFile)).toEqual([]);
    expect(store.getStory(story.id).revision).toBe(story.revision);

    disk.free();
    const retried = (await dispatchRequest(handlers, 'stories.save', request)) as Result<{ revision: number }>;
    expect(retried.ok && retried.value.revision).toBe(story.revision + 1);
    const stored = JSON.stringify(store.getStory(story.id).document);
    expect(stored).toContain(LATEST_EDIT);
    expect(checkSqliteFile(libraryFile)).toEqual([]);
  });

  it('answers even when the log file is on the full disk, and the log never throws', async () => {
    const logFile = join(disk.dir, 'crosscheck.log');
    const handlers = createHandlers({ store });
    const story = store.createStory({ title: 'Plant fire' });
    disk.fill();

    const log = createErrorLog({ prefix: '[test]', file: logFile });
    expect(() => log('stories.save', new Error('nothing can be written'))).not.toThrow();
    // A log that does throw, as any caller's might: dispatch still answers with a Result.
    const throwingLog = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const request = { id: story.id, document: longDocument(LATEST_EDIT), baseRevision: story.revision };
    const viaFileLog = await dispatchRequest(handlers, 'stories.save', request, log);
    const viaThrowingLog = await dispatchRequest(handlers, 'stories.save', request, throwingLog);
    expect(viaFileLog.ok ? undefined : viaFileLog.error.code).toBe('disk-full');
    expect(viaThrowingLog.ok ? undefined : viaThrowingLog.error.code).toBe('disk-full');

    disk.free();
    log('stories.save', new Error('written once there is room'));
    expect(readFileSync(logFile, 'utf8')).toContain('[test] stories.save failed: Error: written once there is room');
  });
});

describe.skipIf(!mounted.disk)('the preview host on a full disk', () => {
  let host: PreviewHost;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = join(disk.dir, 'data');
    host = await startPreviewHost({ dataDir, logFile: join(disk.dir, 'preview.log') });
  });
  afterEach(async () => {
    await host.close();
    disk.free();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(join(disk.dir, 'preview.log'), { force: true });
  });

  async function api<T>(channel: string, body: unknown): Promise<{ status: number; result: Result<T> }> {
    const response = await fetch(`${host.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: host.token },
      body: JSON.stringify(body),
    });
    return { status: response.status, result: (await response.json()) as Result<T> };
  }

  it('answers a save with disk-full, keeps serving, and stores the retried save', async () => {
    const created = await api<Story>('stories.create', { title: 'Plant fire' });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const story = created.result.value;
    disk.fill();

    const request = { id: story.id, document: longDocument(LATEST_EDIT), baseRevision: story.revision };
    const refused = await api('stories.save', request);
    expect(refused.status).toBe(200);
    expect(refused.result.ok ? undefined : refused.result.error).toMatchObject({ code: 'disk-full', message: expect.stringMatching(/^The disk is full/) });
    expect((await api('stories.list', {})).result.ok).toBe(true);

    disk.free();
    expect((await api('stories.save', request)).result.ok).toBe(true);
    const stored = await api<Story>('stories.get', { id: story.id });
    expect(stored.result.ok && JSON.stringify(stored.result.value.document)).toContain(LATEST_EDIT);
    expect(existsSync(join(disk.dir, 'preview.log'))).toBe(true);
  });
});
