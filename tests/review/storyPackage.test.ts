// Story packages between two separate libraries (writer and editor), and what a broken file does:
// a clear sentence, and nothing stored.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorFor, storyBlocks } from '../../core/index.ts';
import type { ClaimReview, StoryComment } from '../../core/index.ts';
import { parseStoryPackage, PackageError } from '../../electron/services/storyPackage.ts';
import type { Story, StorySummary } from '../../electron/shared/ipcContract.ts';
import type { ExportedFile, PackageImportResult } from '../../electron/shared/reviewContract.ts';
import { MAX_PACKAGE_CHARS } from '../../electron/shared/reviewContract.ts';
import { openTestLibrary } from './reviewLibrary.ts';
import type { TestLibrary } from './reviewLibrary.ts';

let writer: TestLibrary;
let editor: TestLibrary;
beforeEach(() => {
  writer = openTestLibrary('writer');
  editor = openTestLibrary('editor');
});
afterEach(() => {
  writer.close();
  editor.close();
});

async function exportPackage(lib: TestLibrary, storyId = lib.storyId): Promise<string> {
  const file = await lib.value<ExportedFile>('stories.exportFile', { storyId, format: 'package', deliver: 'inline' });
  expect(file.fileName).toMatch(/\.crosscheck$/);
  return file.content!;
}

async function decide(lib: TestLibrary, storyId: string, text: string, state: string, extra: Record<string, unknown> = {}): Promise<ClaimReview> {
  const block = storyBlocks(lib.store.getStory(storyId).document).find((b) => b.text.includes(text))!;
  const at = block.text.indexOf(text);
  return lib.value<ClaimReview>('review.decide', { storyId, anchor: anchorFor(block.id, block.text, at, at + text.length), state, verdict: null, ...extra });
}

/** Everything a package should carry, as one comparable value. */
async function snapshot(lib: TestLibrary, storyId: string) {
  const story = await lib.value<Story>('stories.get', { id: storyId });
  const review = await lib.value<{ reviews: ClaimReview[]; comments: StoryComment[] }>('review.get', { storyId });
  const sources = lib.store.listStorySources(storyId).map((s) => lib.store.getSource(s.id));
  return { document: story.document, title: story.title, reviews: review.reviews, comments: review.comments, sources: sources.map((s) => [s.title, s.outlet, s.text]) };
}

function rowCounts(lib: TestLibrary) {
  const count = (table: string) => lib.store.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n;
  return ['stories', 'sources', 'story_sources', 'review_decisions', 'comments'].map(count);
}

describe('handing a story from writer to editor and back', () => {
  it('arrives identical in a fresh library and comes back with the editor’s decisions', async () => {
    const withHidden = await writer.value<ExportedFile>('stories.exportFile', { storyId: writer.storyId, format: 'package', deliver: 'inline', hiddenClaims: ['p1|second'] });
    const pkg = withHidden.content!;
    const imported = await editor.value<PackageImportResult>('packages.import', { packageText: pkg });
    expect(imported).toMatchObject({ status: 'imported', storyId: writer.storyId, replacedCopyId: null, sourcesAdded: 0, sourcesReused: 1, hiddenClaims: ['p1|second'] });
    expect(editor.store.getHiddenClaims(writer.storyId)).toEqual(['p1|second']);
    // The editor's library already held the same wire report (seeded): it is reused, not duplicated.
    expect(editor.store.listSources()).toHaveLength(1);
    expect(await snapshot(editor, writer.storyId)).toEqual(await snapshot(writer, writer.storyId));

    await editor.value('app.setPreferences', { reviewerName: 'Dana Editor' });
    await decide(editor, writer.storyId, 'over 530', 'verified');
    await decide(editor, writer.storyId, 'second', 'dismissed', { reasons: ['not-a-claim'] });
    await decide(editor, writer.storyId, 'on Monday', 'needs-change', { note: 'Wire says over the weekend.' });
    const back = await exportPackage(editor, writer.storyId);

    const asked = await writer.value<PackageImportResult>('packages.import', { packageText: back });
    expect(asked).toMatchObject({
      status: 'exists', storyId: writer.storyId, localTitle: 'Three killed in Ukrainian drone attack on central Russia',
      incomingDecisions: 3, incomingComments: 0, incomingReviewers: ['Dana Editor'], localDecisions: 0,
    });
    expect(rowCounts(writer)[3]).toBe(0);

    const replaced = await writer.value<PackageImportResult>('packages.import', { packageText: back, onExisting: 'replace' });
    expect(replaced.status).toBe('imported');
    const mine = await snapshot(writer, writer.storyId);
    expect(mine).toEqual(await snapshot(editor, writer.storyId));
    expect(mine.reviews.map((r) => [r.decisions[0]!.anchor.text, r.decisions[0]!.state, r.decisions[0]!.reviewer])).toEqual([
      ['over 530', 'verified', 'Dana Editor'], ['second', 'dismissed', 'Dana Editor'], ['on Monday', 'needs-change', 'Dana Editor'],
    ]);
  });

  it('carries the story’s stored “Not a claim” choices and adds them to the local ones', async () => {
    writer.store.setHiddenClaims(writer.storyId, ['b1|45']);
    const pkg = await exportPackage(writer);
    expect((JSON.parse(pkg) as { hiddenClaims: string[] }).hiddenClaims).toEqual(['b1|45']);
    await editor.value('packages.import', { packageText: pkg });
    expect(editor.store.getHiddenClaims(writer.storyId)).toEqual(['b1|45']);
    writer.store.setHiddenClaims(writer.storyId, ['b2|3']);
    await writer.value('packages.import', { packageText: pkg, onExisting: 'replace' });
    expect(writer.store.getHiddenClaims(writer.storyId).sort()).toEqual(['b1|45', 'b2|3']);
  });

  it('carries the story’s publication date; a package without one leaves the local date alone', async () => {
    writer.store.setStoryPublished(writer.storyId, '2026-11-21');
    const pkg = await exportPackage(writer);
    expect((JSON.parse(pkg) as { story: { published: string } }).story.published).toBe('2026-11-21');
    await editor.value('packages.import', { packageText: pkg });
    expect(editor.store.getStory(writer.storyId).published).toBe('2026-11-21');
    const older = JSON.parse(pkg) as { story: Record<string, unknown> };
    delete older.story['published'];
    editor.store.setStoryPublished(writer.storyId, '2026-11-22');
    await editor.value('packages.import', { packageText: JSON.stringify(older), onExisting: 'replace' });
    expect(editor.store.getStory(writer.storyId).published).toBe('2026-11-22');
  });

  it('“replace” keeps the local copy as a deleted story that restores with its reviews', async () => {
    await writer.value('stories.save', { id: writer.storyId, document: [{ type: 'headline', id: 'h', children: [{ text: 'Writer’s newer draft' }] }, { type: 'paragraph', id: 'p', children: [{ text: 'It had 7 sources.' }] }], baseRevision: 1 });
    await decide(writer, writer.storyId, '7', 'verified');
    const local = await snapshot(writer, writer.storyId);
    const incoming = await exportPackage(editor);
    // Give the editor's story the writer's id, as if it had been handed over earlier.
    const sameId = incoming.replace(new RegExp(editor.storyId, 'g'), writer.storyId);

    const result = await writer.value<PackageImportResult>('packages.import', { packageText: sameId, onExisting: 'replace' });
    if (result.status !== 'imported') throw new Error('expected an import');
    expect(result.replacedCopyId).not.toBeNull();
    const stories = await writer.value<{ stories: StorySummary[] }>('stories.list', {});
    expect(stories.stories.map((s) => s.id)).toEqual([writer.storyId]);
    const story = await writer.value<Story>('stories.get', { id: writer.storyId });
    expect(story.revision).toBeGreaterThan(2); // an editor window still on revision 2 gets a conflict, not a silent overwrite

    await writer.value('stories.restore', { id: result.replacedCopyId });
    const restored = await snapshot(writer, result.replacedCopyId!);
    expect(restored.document).toEqual(local.document);
    expect(restored.reviews).toEqual(local.reviews);
    expect(restored.sources).toEqual(local.sources);
  });

  it('“keep both” adds the import next to the local story under a new id', async () => {
    const pkg = await exportPackage(writer);
    const before = await snapshot(writer, writer.storyId);
    const result = await writer.value<PackageImportResult>('packages.import', { packageText: pkg, onExisting: 'keep-both' });
    if (result.status !== 'imported') throw new Error('expected an import');
    expect(result.storyId).not.toBe(writer.storyId);
    expect(result.title).toBe('Three killed in Ukrainian drone attack on central Russia (imported)');
    expect(await snapshot(writer, writer.storyId)).toEqual(before);
    expect((await snapshot(writer, result.storyId)).document).toEqual(before.document);
    expect(writer.store.listStories()).toHaveLength(2);
  });
});

describe('broken packages change nothing and say why', () => {
  const cases: [string, (good: string) => string, RegExp][] = [
    ['an empty file', () => '', /empty/],
    ['a truncated file', (good) => good.slice(0, Math.floor(good.length * 0.6)), /incomplete.*cut off/],
    ['a file that is not JSON', () => 'PK\u0003\u0004 this is a zip', /not valid JSON/],
    ['another JSON file', () => '{"name":"crosscheck","version":"0.1.0"}', /not a Crosscheck story package/],
    ['a newer format', (good) => good.replace('"version": 1', '"version": 7'), /newer Crosscheck.*format 7/],
    ['a story without a document', (good) => good.replace('"document":', '"doc":'), /damaged.*story\.document/],
    ['an unknown review state', (good) => good.replace('"state": "verified"', '"state": "approved"'), /damaged.*reviews\.0\.decisions\.0\.state/],
    ['a source with no text', (good) => good.replace(/"text": "Three people lost[^"]*"/, '"text": ""'), /damaged.*sources\.0\.text/],
    ['deep nesting', (good) => good.replace('"sources": [', `"sources": [${'['.repeat(5000)}${']'.repeat(5000)},`), /damaged/],
  ];

  it.each(cases)('%s', async (_name, breakIt, message) => {
    await decide(writer, writer.storyId, 'over 530', 'verified');
    const good = await exportPackage(writer);
    const before = rowCounts(editor);
    const result = await editor.call('packages.import', { packageText: breakIt(good), onExisting: 'replace' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('import-failed');
    expect(result.error.message).toMatch(message);
    expect(rowCounts(editor)).toEqual(before);
  });

  it('a package over the size limit', async () => {
    const before = rowCounts(editor);
    const huge = `{"format":"crosscheck-story","version":1,"pad":"${'x'.repeat(MAX_PACKAGE_CHARS - 20)}"}`;
    const result = await editor.call('packages.import', { packageText: huge });
    expect(result.ok ? '' : result.error.message).toMatch(/larger than the 40 MB limit/);
    expect(rowCounts(editor)).toEqual(before);
  });

  it('duplicate ids inside a package', async () => {
    await decide(writer, writer.storyId, 'over 530', 'verified');
    await decide(writer, writer.storyId, 'on Monday', 'verified');
    const pkg = JSON.parse(await exportPackage(writer)) as { reviews: { id: string }[] };
    pkg.reviews[1]!.id = pkg.reviews[0]!.id;
    expect(() => parseStoryPackage(JSON.stringify(pkg))).toThrow(/appears twice/);
  });

  it('fuzzed JSON and mutated packages: a PackageError or a valid package, never a crash or a write', async () => {
    const good = await exportPackage(writer);
    const before = rowCounts(editor);
    const mutate = fc.tuple(fc.nat(good.length - 1), fc.nat(40), fc.string({ maxLength: 8 })).map(([at, cut, insert]) => good.slice(0, at) + insert + good.slice(at + cut));
    const anyJson = fc.json().filter((j) => j.length < 10_000);
    const shaped = fc.record({ format: fc.constant('crosscheck-story'), version: fc.constant(1), story: fc.anything(), sources: fc.anything(), reviews: fc.anything(), comments: fc.anything(), exportedAt: fc.string() }).map((o) => JSON.stringify(o));
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutate, anyJson, shaped), async (text) => {
        let parsedOk = false;
        try {
          parseStoryPackage(text);
          parsedOk = true;
        } catch (error) {
          expect(error).toBeInstanceOf(PackageError);
          expect((error as Error).message).not.toMatch(/at .*\.ts:\d+|ZodError|undefined/);
        }
        if (!parsedOk) {
          const result = await editor.call('packages.import', { packageText: text, onExisting: 'keep-both' });
          expect(result.ok ? '' : result.error.code).toBe('import-failed');
          expect(rowCounts(editor)).toEqual(before);
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
