// A source's byline travels in the story package with its outlet and date, and a package from
// before bylines were kept still opens.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../electron/shared/reviewContract.ts';
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

async function packageText(): Promise<string> {
  await writer.value('sources.create', {
    text: 'The toll rose to 2,310, the ministry said.', title: 'Quake toll rises', outlet: 'Example News', byline: 'Maria Lopez',
    published: '2026-11-20', storyId: writer.storyId,
  });
  return (await writer.value<ExportedFile>('stories.exportFile', { storyId: writer.storyId, format: 'package', deliver: 'inline' })).content!;
}

const quakeSource = (lib: TestLibrary) => lib.store.listSources().find((s) => s.title === 'Quake toll rises');

describe('bylines in story packages', () => {
  it('carries a source’s byline, outlet and date to the other library', async () => {
    const text = await packageText();
    expect(JSON.parse(text).sources).toContainEqual(expect.objectContaining({ title: 'Quake toll rises', byline: 'Maria Lopez' }));
    await editor.value('packages.import', { packageText: text, onExisting: 'keep-both' });
    expect(quakeSource(editor)).toMatchObject({ byline: 'Maria Lopez', outlet: 'Example News', published: '2026-11-20' });
  });

  it('opens a package whose sources have no byline, with none', async () => {
    const pkg = JSON.parse(await packageText()) as { sources: Record<string, unknown>[] };
    for (const source of pkg.sources) delete source['byline'];
    await editor.value('packages.import', { packageText: JSON.stringify(pkg), onExisting: 'keep-both' });
    expect(quakeSource(editor)).toMatchObject({ byline: '', outlet: 'Example News' });
  });
});
