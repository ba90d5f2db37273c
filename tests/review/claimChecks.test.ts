// The review's claim checks in their worker thread: the same verdicts as the engine run here,
// and the source index built once per story while its sources stay the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftChecker, createSourceIndex, storyBlocks } from '../../core/index.ts';
import { ClaimChecks, sourceLoads } from '../../electron/services/claimChecks.ts';
import { openTestLibrary } from './reviewLibrary.ts';
import type { TestLibrary } from './reviewLibrary.ts';

let lib: TestLibrary;
let checks: ClaimChecks;
beforeEach(() => {
  lib = openTestLibrary('claim-checks');
  checks = new ClaimChecks();
});
afterEach(() => {
  checks.close();
  lib.close();
});

describe('claim checks for the review', () => {
  it('give the engine’s verdicts, computed in a worker thread', async () => {
    const story = lib.store.getStory(lib.storyId);
    const sources = lib.store.listStorySources(lib.storyId);
    const blocks = storyBlocks(story.document);
    const fromWorker = await checks.check(lib.store, lib.storyId, sources, blocks);
    expect(checks.usesWorker).toBe(true);
    const source = lib.store.getSource(sources[0]!.id);
    const here = createDraftChecker(createSourceIndex([{ id: source.id, text: source.text, title: source.title }])).checkBlocks(blocks);
    expect(JSON.parse(JSON.stringify([...fromWorker]))).toEqual(JSON.parse(JSON.stringify([...here])));
  });

  it('read the sources once while they stay the same, and again after one changes', async () => {
    const story = lib.store.getStory(lib.storyId);
    const blocks = storyBlocks(story.document);
    const before = sourceLoads();
    await checks.check(lib.store, lib.storyId, lib.store.listStorySources(lib.storyId), blocks);
    await checks.check(lib.store, lib.storyId, lib.store.listStorySources(lib.storyId), blocks.slice(1));
    expect(sourceLoads() - before).toBe(1);
    const [source] = lib.store.listStorySources(lib.storyId);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later updatedAt
    lib.store.updateSource(source!.id, { published: '2025-07-06' });
    const after = await checks.check(lib.store, lib.storyId, lib.store.listStorySources(lib.storyId), blocks);
    expect(sourceLoads() - before).toBe(2);
    expect([...after.values()].flat().length).toBeGreaterThan(10);
  });
});
