// Stored links are checked when a story is read, not only when it is edited: a row written by an
// older build, a package or a hand-edited database can hold a javascript:, data: or file: href.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { storyDocumentSchema } from '../../electron/shared/ipcContract.ts';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import { isSafeLinkUrl, withoutUnsafeLinks } from '../../electron/shared/withoutUnsafeLinks.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

const link = (url: string, text: string) => ({ type: 'link' as const, url, children: [{ text }] });
const paragraph = (...children: StoryDocument[number]['children']) => ({ type: 'paragraph' as const, id: 'p', children });

/** A story as a hostile or stale row might hold it: one good link, three bad ones, one nested. */
const stored: StoryDocument = [
  { type: 'headline', id: 'h', children: [{ text: 'Headline' }] },
  paragraph(
    { text: 'See ' }, link('https://example.com/report', 'the report'), { text: ', ' },
    link('javascript:alert(document.cookie)', 'this'), { text: ', ' },
    link('data:text/html,<script>alert(1)</script>', 'that'), { text: ' and ' },
    link(' file:///etc/passwd', 'the file'), { text: '.' },
  ),
  paragraph({ type: 'link', url: 'https://example.com/', children: [link('JavaScript:alert(1)', 'nested')] }),
];
const cleaned: StoryDocument = [
  stored[0]!,
  paragraph(
    { text: 'See ' }, link('https://example.com/report', 'the report'), { text: ', ' },
    { text: 'this' }, { text: ', ' }, { text: 'that' }, { text: ' and ' }, { text: 'the file' }, { text: '.' },
  ),
  paragraph({ type: 'link', url: 'https://example.com/', children: [{ text: 'nested' }] }),
];

describe('isSafeLinkUrl', () => {
  it.each(['https://example.com/a?b=c#d', 'http://example.com', 'HTTPS://EXAMPLE.COM/', 'mailto:desk@example.com'])('keeps %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd',
    'vbscript:msgbox', '//evil.example/', 'https:evil.example', 'https:///evil', 'https://exa mple.com', 'https://example.com/\n', '', undefined, 42,
  ])('refuses %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false);
  });
});

describe('withoutUnsafeLinks', () => {
  it('unwraps every unsafe link into its words, at any depth, and keeps the safe ones', () => {
    expect(withoutUnsafeLinks(stored)).toEqual(cleaned);
  });

  it('returns a clean document as it is, without copying it', () => {
    expect(withoutUnsafeLinks(cleaned)).toBe(cleaned);
  });

  it('turns a block-level unsafe link into a paragraph holding its words', () => {
    expect(withoutUnsafeLinks([{ type: 'link', id: 'b', url: 'file:///x', children: [{ text: 'x' }] }])).toEqual([
      { type: 'paragraph', id: 'b', children: [{ text: 'x' }] },
    ]);
  });

  it('runs in the contract schema, so the renderer (every Result is parsed) and package imports drop them too', () => {
    expect(storyDocumentSchema.parse(stored)).toEqual(cleaned);
  });
});

describe('the store', () => {
  let dir: string;
  let store: CrosscheckStore;
  let storyId: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-links-'));
    store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
    storyId = store.createStory({ title: 'Links' }).id;
    // Straight into the row, as an old build or a hand edit would leave it.
    store.db.run('UPDATE stories SET document = ? WHERE id = ?', JSON.stringify(stored), storyId);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands out a stored story without its unsafe links', () => {
    expect(store.getStory(storyId).document).toEqual(cleaned);
  });

  it('answers stories.get without them, and saves them away on the next save', async () => {
    const handlers = createHandlers({ store });
    const got = await dispatchRequest(handlers, 'stories.get', { id: storyId });
    expect(got).toMatchObject({ ok: true, value: { document: cleaned } });
    const revision = store.getStory(storyId).revision;
    expect(await dispatchRequest(handlers, 'stories.save', { id: storyId, document: stored, baseRevision: revision })).toMatchObject({ ok: true });
    const row = store.db.get<{ document: string }>('SELECT document FROM stories WHERE id = ?', storyId);
    expect(JSON.parse(row!.document)).toEqual(cleaned);
  });
});
