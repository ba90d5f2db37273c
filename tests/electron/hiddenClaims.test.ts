import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { Result } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

let dir: string;
let file: string;
let store: CrosscheckStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-hidden-'));
  file = join(dir, 'crosscheck.db');
  store = CrosscheckStore.open(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(channel: 'stories.hiddenClaims.get' | 'stories.hiddenClaims.set', payload: unknown): Promise<Result<{ storyId: string; keys: string[] }>> {
  const result = await dispatchRequest(createHandlers({ store }), channel, payload, () => {});
  const method = channel === 'stories.hiddenClaims.get' ? 'getHiddenClaims' : 'setHiddenClaims';
  expect(resultSchema(CHANNELS[method].result).safeParse(result).success).toBe(true);
  return result as Result<{ storyId: string; keys: string[] }>;
}

describe('"Not a claim" choices per story', () => {
  it('stores them with the story, across reopening the library, without counting as an edit', async () => {
    const story = store.createStory({ title: 'Drone attack' });
    expect(await call('stories.hiddenClaims.get', { storyId: story.id })).toEqual({ ok: true, value: { storyId: story.id, keys: [] } });
    const set = await call('stories.hiddenClaims.set', { storyId: story.id, keys: ['p1|over 530', 'p1|over 530', 'p7|2022'] });
    expect(set).toEqual({ ok: true, value: { storyId: story.id, keys: ['p1|over 530', 'p7|2022'] } });
    const after = store.getStory(story.id);
    expect(after.revision).toBe(story.revision);
    expect(after.updatedAt).toBe(story.updatedAt);

    store.close();
    store = CrosscheckStore.open(file);
    expect(store.getHiddenClaims(story.id)).toEqual(['p1|over 530', 'p7|2022']);
    // A copy of the story keeps the writer's choices; the original's can change on its own.
    const copy = store.duplicateStory(story.id);
    expect(store.getHiddenClaims(copy.id)).toEqual(['p1|over 530', 'p7|2022']);
    store.setHiddenClaims(story.id, []);
    expect(store.getHiddenClaims(story.id)).toEqual([]);
    expect(store.getHiddenClaims(copy.id)).toEqual(['p1|over 530', 'p7|2022']);
  });

  it('refuses unknown or deleted stories and malformed keys', async () => {
    const missing = await call('stories.hiddenClaims.set', { storyId: 'nope', keys: [] });
    expect(missing.ok ? undefined : missing.error.code).toBe('not-found');
    const story = store.createStory({});
    store.deleteStory(story.id);
    const deleted = await call('stories.hiddenClaims.get', { storyId: story.id });
    expect(deleted.ok ? undefined : deleted.error.code).toBe('not-found');
    const bad = await call('stories.hiddenClaims.set', { storyId: story.id, keys: [''] });
    expect(bad.ok ? undefined : bad.error.code).toBe('invalid-request');
  });
});
