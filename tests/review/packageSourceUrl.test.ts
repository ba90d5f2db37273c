// A package's sources come from another library, so their web address meets the rule that
// sources.create and sources.update apply here: empty or http(s), never javascript:, file: or data:.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStoryPackage } from '../../electron/services/storyPackage.ts';
import type { ExportedFile } from '../../electron/shared/reviewContract.ts';
import { openTestLibrary } from './reviewLibrary.ts';
import type { TestLibrary } from './reviewLibrary.ts';

let writer: TestLibrary;
let editor: TestLibrary;
beforeEach(() => {
  writer = openTestLibrary('url-writer');
  editor = openTestLibrary('url-editor');
});
afterEach(() => {
  writer.close();
  editor.close();
});

async function packageWithSourceUrl(url: string): Promise<string> {
  const file = await writer.value<ExportedFile>('stories.exportFile', { storyId: writer.storyId, format: 'package', deliver: 'inline' });
  const pkg = JSON.parse(file.content!) as { sources: { url: string }[] };
  expect(pkg.sources.length).toBeGreaterThan(0);
  pkg.sources[0]!.url = url;
  return JSON.stringify(pkg);
}

describe("a package source's url", () => {
  it.each(['javascript:alert(document.domain)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/x'])(
    'refuses %s with a sentence, and stores nothing',
    async (url) => {
      const text = await packageWithSourceUrl(url);
      expect(() => parseStoryPackage(text)).toThrow('This package is damaged and was not opened (at sources.0.url): Links must start with http:// or https://.');
      const sourcesBefore = editor.store.listSources().length;
      const result = await editor.call('packages.import', { packageText: text });
      expect(result.ok).toBe(false);
      expect(editor.store.listSources()).toHaveLength(sourcesBefore);
    },
  );

  it.each(['', 'https://example.com/wire', 'HTTP://example.com/'])('accepts %j, as sources.create does', async (url) => {
    expect(parseStoryPackage(await packageWithSourceUrl(url)).sources[0]!.url).toBe(url);
    expect((await writer.call('sources.create', { text: 'Some text.', url })).ok).toBe(true);
  });
});
