// Importing a document the library already holds is noticed: the same page imported three times
// was three sources, each "agreeing" with the others. Through the handlers, on a real library
// file, with the real parsing process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS, methodForChannel, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { SourceAdded } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

const page = readFileSync(new URL('../fixtures/quake-toll-article.html', import.meta.url)).toString('base64');

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-duplicates-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Dispatches, checks the answer against the channel's result schema, and returns its value. */
async function added(channel: 'sources.importFile' | 'sources.create', payload: object): Promise<SourceAdded> {
  const result = await dispatchRequest(handlers, channel, payload);
  expect(resultSchema(CHANNELS[methodForChannel(channel)!].result).safeParse(result).success).toBe(true);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SourceAdded;
}
const sourceCount = () => Number(store.db.get<{ n: number }>('SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL')?.n);
const importPage = (extra: object = {}) => added('sources.importFile', { fileName: 'quake.html', dataBase64: page, ...extra });

describe('a source whose text is already in the library', () => {
  it('is reported on import with the existing source, and nothing is stored', async () => {
    const first = await importPage();
    expect(first).toMatchObject({ status: 'stored', title: 'Quake toll rises', outlet: 'Example News', published: '2026-11-20', byline: 'Maria Lopez' });
    const again = await importPage();
    expect(again).toMatchObject({ status: 'duplicate', incomingTitle: 'Quake toll rises', existing: { id: first.status === 'stored' ? first.id : '', title: 'Quake toll rises' } });
    expect(sourceCount()).toBe(1);
  });

  it('is stored a second time when the user keeps both', async () => {
    await importPage();
    const second = await importPage({ onDuplicate: 'keep-both' });
    expect(second.status).toBe('stored');
    expect(sourceCount()).toBe(2);
  });

  it('is the existing source, attached to the story, when the user uses it', async () => {
    const first = await importPage();
    const story = store.createStory({ title: 'Quake' });
    const used = await importPage({ onDuplicate: 'use-existing', storyId: story.id });
    expect(used).toMatchObject({ status: 'existing', id: first.status === 'stored' ? first.id : '' });
    expect(store.listStorySources(story.id).map((s) => s.title)).toEqual(['Quake toll rises']);
    expect(sourceCount()).toBe(1);
  });

  it('is found when pasted with other line breaks and spacing', async () => {
    const first = await importPage();
    const text = first.status === 'stored' ? first.text : '';
    const pasted = `  ${text.replaceAll('\n', '\n\n').replaceAll('. ', '.  ')}\n\n`;
    expect(await added('sources.create', { text: pasted })).toMatchObject({ status: 'duplicate', existing: { title: 'Quake toll rises' } });
    // A different text is no duplicate, and neither is a deleted source.
    expect((await added('sources.create', { text: `${text} Updated at 10am.` })).status).toBe('stored');
    store.deleteSource(first.status === 'stored' ? first.id : '');
    expect((await added('sources.create', { text: pasted })).status).toBe('stored');
  });

  it('is found among sources stored before texts were hashed', async () => {
    const old = store.createSource({ text: 'Three killed, 45 injured.', fileType: 'paste' });
    // What a library written by the previous schema holds: no hash.
    store.db.run('UPDATE sources SET text_hash = NULL');
    store.close();
    store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
    handlers = createHandlers({ store });
    expect(await added('sources.create', { text: 'Three killed,\n45 injured.' })).toMatchObject({ status: 'duplicate', existing: { id: old.id } });
  });
});
