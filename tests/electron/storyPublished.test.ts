// A story's publication date: the date the draft's relative dates ("yesterday", "on Monday") are
// read from. Stored in the story's metadata through the same validated path as the IPC.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { Result, StorySummary } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

let dir: string;
let file: string;
let store: CrosscheckStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-published-'));
  file = join(dir, 'crosscheck.db');
  store = CrosscheckStore.open(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setPublished(payload: unknown): Promise<Result<StorySummary>> {
  const result = await dispatchRequest(createHandlers({ store }), CHANNELS.setStoryPublished.channel, payload, () => {});
  expect(resultSchema(CHANNELS.setStoryPublished.result).safeParse(result).success).toBe(true);
  return result as Result<StorySummary>;
}

describe('story publication date', () => {
  it('is stored with the story, survives reopening and copying, and is no edit', async () => {
    const story = store.createStory({ title: 'Drone attack' });
    expect(story.published).toBeNull();
    const set = await setPublished({ id: story.id, published: '2026-11-21' });
    expect(set).toMatchObject({ ok: true, value: { id: story.id, published: '2026-11-21', revision: story.revision, updatedAt: story.updatedAt } });

    store.close();
    store = CrosscheckStore.open(file);
    expect(store.getStory(story.id).published).toBe('2026-11-21');
    expect(store.listStories().find((s) => s.id === story.id)?.published).toBe('2026-11-21');
    // An editor opened before the change still saves: the revision did not move.
    expect(store.saveStory(story.id, store.getStory(story.id).document, story.revision).revision).toBe(story.revision + 1);
    expect(store.duplicateStory(story.id).published).toBe('2026-11-21');

    const cleared = await setPublished({ id: story.id, published: null });
    expect(cleared).toMatchObject({ ok: true, value: { published: null } });
    expect(store.getStory(story.id).published).toBeNull();
  });

  it('refuses dates that do not exist, other formats, and unknown or deleted stories', async () => {
    const story = store.createStory({});
    for (const published of ['2026-02-30', '21/11/2026', '2026-11-21T10:00:00Z', '', 20261121]) {
      const result = await setPublished({ id: story.id, published });
      expect(result.ok ? undefined : result.error.code, String(published)).toBe('invalid-request');
    }
    expect(store.getStory(story.id).published).toBeNull();
    const missing = await setPublished({ id: 'nope', published: '2026-11-21' });
    expect(missing.ok ? undefined : missing.error.code).toBe('not-found');
    store.deleteStory(story.id);
    const deleted = await setPublished({ id: story.id, published: '2026-11-21' });
    expect(deleted.ok ? undefined : deleted.error.code).toBe('not-found');
  });
});
