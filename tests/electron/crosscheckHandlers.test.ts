// The handlers as both the IPC router and the preview host call them: raw payload in, Result out.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/importers/importDocument.ts';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS, methodForChannel, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { Result } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { minimalDocx } from '../fixtures/documentFiles.ts';

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;
const logged: string[] = [];
const log = (context: string) => logged.push(context);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-handlers-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store });
  logged.length = 0;
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Enough shape for the assertions below; the contract's schema has already checked the rest. */
type Value = { id: string; sources: Array<{ fileName: string }>; [key: string]: unknown };

/** Dispatches and checks the answer against the contract's result schema for that channel. */
async function call(channel: string, payload: unknown): Promise<Result<Value>> {
  const result = await dispatchRequest(handlers, channel, payload, log);
  const method = methodForChannel(channel);
  if (method) expect(resultSchema(CHANNELS[method].result).safeParse(result).success).toBe(true);
  return result as Result<Value>;
}
const errorOf = (result: Result<unknown>) => (result.ok ? undefined : result.error);

describe('validation at the door', () => {
  it('answers an unknown channel with an error result', async () => {
    expect(errorOf(await call('stories.drop', {}))).toEqual({ code: 'unknown-channel', message: 'Unknown request "stories.drop".' });
    expect(errorOf(await call('__proto__', {}))?.code).toBe('unknown-channel');
    expect(errorOf(await call('toString', {}))?.code).toBe('unknown-channel');
  });

  it.each([
    ['a story id that is missing', 'stories.get', {}, ' (id)'],
    ['a story id that is a number', 'stories.get', { id: 42 }, ' (id)'],
    ['a payload that is not an object', 'stories.get', 'not an object', ':'],
    ['a blank title', 'stories.rename', { id: 'a', title: '   ' }, ' (title)'],
    ['an empty document', 'stories.save', { id: 'a', document: [], baseRevision: 1 }, ' (document)'],
    ['an unknown element type', 'stories.save', { id: 'a', document: [{ type: 'script', children: [{ text: 'x' }] }], baseRevision: 1 }, ' (document.0.type)'],
    ['a text leaf that is not a string', 'stories.save', { id: 'a', document: [{ type: 'paragraph', children: [{ text: 1 }] }], baseRevision: 1 }, ' (document.0.children.0'],
    ['an element without children', 'stories.save', { id: 'a', document: [{ type: 'paragraph', children: [] }], baseRevision: 1 }, ' (document.0.children)'],
    ['a negative base revision', 'stories.save', { id: 'a', document: [{ type: 'paragraph', children: [{ text: '' }] }], baseRevision: -1 }, ' (baseRevision)'],
    ['blank pasted text', 'sources.create', { text: '   ' }, ' (text)'],
    ['a javascript: URL', 'sources.create', { text: 'x', url: 'javascript:alert(1)' }, ' (url)'],
    ['a date in the wrong format', 'sources.update', { id: 'a', published: '21/11/2026' }, ' (published)'],
    ['a date that does not exist', 'sources.update', { id: 'a', published: '2026-02-30' }, ' (published)'],
    ['a file over 50 MB', 'sources.importFile', { fileName: 'a.txt', dataBase64: 'A'.repeat(70_000_000) }, ' (dataBase64)'],
    ['an unknown theme', 'app.setPreferences', { theme: 'neon' }, ' (theme)'],
  ])('rejects %s', async (_label, channel, payload, where) => {
    const error = errorOf(await call(channel as string, payload));
    expect(error?.code).toBe('invalid-request');
    expect(error?.message).toContain(`The request was not valid${where as string}`);
  });

  it('refuses a document nested deeper than any story before the recursive schema sees it', async () => {
    let node: unknown = { text: 'x' };
    for (let i = 0; i < 20_000; i++) node = { type: 'paragraph', children: [node] };
    const error = errorOf(await call('stories.save', { id: 'a', document: [node], baseRevision: 1 }));
    expect(error).toEqual({ code: 'invalid-request', message: 'The request is nested more than 64 levels deep.' });
    expect(logged).toEqual([]);
  });

  it('treats a missing payload as an empty request', async () => {
    expect(await call('stories.list', undefined)).toEqual({ ok: true, value: { stories: [] } });
  });

  it('turns an unexpected failure into a short internal error, logged, without a stack', async () => {
    store.close();
    const error = errorOf(await call('stories.list', {}));
    expect(error?.code).toBe('internal');
    expect(error?.message).not.toMatch(/at |\.ts|database/i);
    expect(logged).toEqual(['stories.list']);
    store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  });
});

describe('story flow', () => {
  it('creates, saves, detects a conflict, deletes and restores', async () => {
    const created = await call('stories.create', { title: 'Draft' });
    expect(created.ok).toBe(true);
    const story = created.ok ? created.value : { id: '' };
    const document = [{ type: 'headline', id: 'h', children: [{ text: 'Draft' }] }, { type: 'paragraph', id: 'p', children: [{ text: '45 injured' }] }];
    const saved = await call('stories.save', { id: story.id, document, baseRevision: 1 });
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } });
    expect(errorOf(await call('stories.save', { id: story.id, document, baseRevision: 1 }))?.code).toBe('conflict');
    expect((await call('stories.delete', { id: story.id })).ok).toBe(true);
    expect(errorOf(await call('stories.get', { id: story.id }))?.code).toBe('not-found');
    expect(await call('stories.restore', { id: story.id })).toMatchObject({ ok: true, value: { title: 'Draft', revision: 2 } });
  });

  it('keeps app state and preferences', async () => {
    const { value: story } = (await call('stories.create', {})) as { ok: true; value: { id: string } };
    expect(await call('app.setLastOpenedStory', { storyId: story.id })).toMatchObject({ ok: true, value: { lastOpenedStoryId: story.id } });
    expect(await call('app.setPreferences', { reviewerName: 'M. Okafor' })).toMatchObject({ ok: true, value: { reviewerName: 'M. Okafor' } });
    expect(await call('app.getState', {})).toMatchObject({ ok: true, value: { lastOpenedStoryId: story.id, preferences: { reviewerName: 'M. Okafor' } } });
  });

  it('opens only web links, and only where there is a shell', async () => {
    expect(errorOf(await call('app.openExternal', { url: 'file:///etc/passwd' }))?.code).toBe('invalid-request');
    expect(errorOf(await call('app.openExternal', { url: 'https://example.com' }))?.code).toBe('unsupported');
    const opened: string[] = [];
    handlers = createHandlers({ store, openExternal: async (url) => void opened.push(url) });
    expect(await call('app.openExternal', { url: 'https://example.com/a' })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://example.com/a']);
  });
});

describe('sources through the handlers', () => {
  it('imports a .docx sent as base64, attaches it to the story and finds it in search', async () => {
    const { value: story } = (await call('stories.create', {})) as { ok: true; value: { id: string } };
    const bytes = await minimalDocx(['Flights at Izhevsk airport were briefly suspended.']);
    const imported = await call('sources.importFile', { fileName: 'airport.docx', dataBase64: Buffer.from(bytes).toString('base64'), storyId: story.id });
    expect(imported).toMatchObject({ ok: true, value: { title: 'airport', fileName: 'airport.docx', fileType: 'docx', text: 'Flights at Izhevsk airport were briefly suspended.' } });
    expect(await call('storySources.list', { storyId: story.id })).toMatchObject({ ok: true, value: { sources: [{ fileName: 'airport.docx' }] } });
    const search = await call('sources.list', { query: 'airport' });
    expect(search.ok && search.value.sources.map((s: { fileName: string }) => s.fileName)).toEqual(['airport.docx']);
  });

  it('stores nothing when a file cannot be read, and says why', async () => {
    const result = await call('sources.importFile', { fileName: 'broken.docx', dataBase64: Buffer.from('not a zip').toString('base64') });
    expect(errorOf(result)).toEqual({ code: 'import-failed', message: 'broken.docx could not be read: it is not a valid Word document (.docx).' });
    expect(await call('sources.list', {})).toEqual({ ok: true, value: { sources: [] } });
  });

  it('refuses file data that is not base64', async () => {
    expect(errorOf(await call('sources.importFile', { fileName: 'a.txt', dataBase64: 'abc$%^' }))?.code).toBe('invalid-request');
  });

  it('does not parse a file for a story that no longer exists', async () => {
    const result = await call('sources.importFile', { fileName: 'a.txt', dataBase64: Buffer.from('text').toString('base64'), storyId: 'gone' });
    expect(errorOf(result)?.code).toBe('not-found');
    expect(store.listSources()).toEqual([]);
  });

  it('creates from pasted text with metadata, updates, deletes and restores', async () => {
    const created = await call('sources.create', { text: 'Three killed.', title: 'Wire', outlet: 'AP', url: 'https://apnews.com/x', published: '2026-11-21', tags: ['drones'] });
    expect(created).toMatchObject({ ok: true, value: { title: 'Wire', outlet: 'AP', fileType: 'paste', published: '2026-11-21' } });
    const id = created.ok ? created.value.id : '';
    expect(await call('sources.update', { id, tags: ['drones', 'russia'] })).toMatchObject({ ok: true, value: { tags: ['drones', 'russia'] } });
    expect((await call('sources.delete', { id })).ok).toBe(true);
    expect(errorOf(await call('sources.get', { id }))?.code).toBe('not-found');
    expect((await call('sources.restore', { id })).ok).toBe(true);
    expect(await call('sources.get', { id })).toMatchObject({ ok: true, value: { text: 'Three killed.' } });
  });
});

describe('retried imports', () => {
  const wire = (text: string) => Buffer.from(text).toString('base64');
  const countSources = () => Number(store.db.get<{ n: number }>('SELECT count(*) AS n FROM sources')?.n);

  it('answers a retry of a stored import with that source, once in the library and attached once', async () => {
    const { value: story } = (await call('stories.create', {})) as { ok: true; value: { id: string } };
    const request = { fileName: 'wire.txt', dataBase64: wire('45 injured, six seriously.'), storyId: story.id, importId: randomUUID() };
    const first = await call('sources.importFile', request);
    const retry = await call('sources.importFile', request);
    expect(first.ok && retry.ok).toBe(true);
    expect(retry.ok && retry.value.id).toBe(first.ok && first.value.id);
    expect(countSources()).toBe(1);
    expect(await call('storySources.list', { storyId: story.id })).toMatchObject({ ok: true, value: { sources: [{ fileName: 'wire.txt' }] } });
    // A second import with its own id is a new import: of the same text, it is a second source
    // when the user chose to keep both (duplicateSources.test.ts has the asking).
    await call('sources.importFile', { ...request, importId: randomUUID(), onDuplicate: 'keep-both' });
    await call('sources.importFile', { ...request, importId: undefined, onDuplicate: 'keep-both' });
    expect(countSources()).toBe(3);
  });

  it('finds an import committed just before the app was killed, after a restart, without parsing again', async () => {
    const importId = randomUUID();
    // What the handler had stored when the process died, before its reply went out.
    const stored = store.createSource({ text: 'Three killed in Izhevsk.', title: 'wire', fileName: 'wire.txt', fileType: 'txt', importId });
    store.close();
    store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
    const parsed: string[] = [];
    handlers = createHandlers({ store, importFile: async (fileName, bytes) => {
      parsed.push(fileName);
      return importBytes(fileName, bytes);
    } });
    const retry = await call('sources.importFile', { fileName: 'wire.txt', dataBase64: wire('Three killed in Izhevsk.'), importId });
    expect(retry).toMatchObject({ ok: true, value: { id: stored.id, text: 'Three killed in Izhevsk.' } });
    expect(parsed).toEqual([]);
    expect(countSources()).toBe(1);
  });

  it('says so when the source a retried import stored has been deleted since', async () => {
    const request = { fileName: 'wire.txt', dataBase64: wire('Three killed.'), importId: randomUUID() };
    const first = await call('sources.importFile', request);
    await call('sources.delete', { id: first.ok ? first.value.id : '' });
    expect(errorOf(await call('sources.importFile', request))).toEqual({
      code: 'conflict',
      message: 'This file was imported already, and that source has since been deleted. Restore it, or import the file again.',
    });
    expect(countSources()).toBe(1);
  });

  it('refuses an import id that is not a UUID', async () => {
    const result = await call('sources.importFile', { fileName: 'wire.txt', dataBase64: wire('x'), importId: 'retry-1' });
    expect(errorOf(result)?.message).toContain('The request was not valid (importId)');
    expect(countSources()).toBe(0);
  });
});
