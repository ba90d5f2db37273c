// "Recently deleted": stories deleted but kept until the purge, listed through the validated IPC path.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS, resultSchema } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

let dir: string;
let file: string;
let store: CrosscheckStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-deleted-'));
  file = join(dir, 'crosscheck.db');
  store = CrosscheckStore.open(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('recently deleted stories', () => {
  it('lists deleted stories newest first until restored, with how long they are kept', async () => {
    let clock = new Date('2026-11-20T10:00:00.000Z');
    store.close();
    store = CrosscheckStore.open(file, { now: () => clock });
    const a = store.createStory({ title: 'Ferry strike' });
    const b = store.createStory({ title: 'Budget vote' });
    store.setStoryPublished(a.id, '2026-11-21');
    store.deleteStory(a.id);
    clock = new Date('2026-11-21T10:00:00.000Z');
    store.deleteStory(b.id);
    const listed = await dispatchRequest(createHandlers({ store }), CHANNELS.listDeletedStories.channel, {}, () => {});
    expect(resultSchema(CHANNELS.listDeletedStories.result).safeParse(listed).success).toBe(true);
    expect(listed).toMatchObject({
      ok: true,
      value: {
        keptForDays: 30,
        stories: [
          { id: b.id, title: 'Budget vote', deletedAt: '2026-11-21T10:00:00.000Z' },
          { id: a.id, title: 'Ferry strike', published: '2026-11-21', deletedAt: '2026-11-20T10:00:00.000Z' },
        ],
      },
    });
    store.restoreStory(a.id);
    expect(store.listDeletedStories().stories.map((s) => s.id)).toEqual([b.id]);
    expect(store.listStories().map((s) => s.id)).toEqual([a.id]);
    // After the keep period the next opening of the library purges it for good.
    store.close();
    clock = new Date('2026-12-22T10:00:00.000Z');
    store = CrosscheckStore.open(file, { now: () => clock });
    expect(store.listDeletedStories().stories).toEqual([]);
  });
});
