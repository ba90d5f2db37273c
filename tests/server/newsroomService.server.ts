// The newsroom link as the UI drives it, against a real server: Test connection's diagnoses, the
// shared library's search, and a story going writer → editor → writer through the review queue,
// each person with their own node:sqlite library.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServerConnection } from '../../electron/server/checkServerConnection.ts';
import { createMemoryCredentialStore } from '../../electron/server/serverCredentials.ts';
import type { ServerCredentials } from '../../electron/server/serverCredentials.ts';
import { createNewsroomService } from '../../electron/services/newsroomService.ts';
import type { NewsroomService } from '../../electron/services/newsroomService.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { ReviewStore } from '../../electron/store/reviewStore.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
let dir: string;
const services: NewsroomService[] = [];
beforeAll(async () => {
  nr = await createTestNewsroom();
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-newsroom-'));
});
afterAll(async () => {
  for (const s of services) await s.stop();
  await nr?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The server address as Preferences holds it: the database URL without the login. */
function loginFor(user: string): ServerCredentials {
  const url = new URL(nr.urlFor(user));
  url.username = '';
  return { url: url.toString(), user, password: '' };
}

function laptop(name: string, user: string): { store: CrosscheckStore; newsroom: NewsroomService } {
  const store = CrosscheckStore.open(join(dir, `${name}.sqlite`));
  const newsroom = createNewsroomService({ store, credentials: createMemoryCredentialStore(loginFor(user)) });
  services.push(newsroom);
  return { store, newsroom };
}

describe('Test connection', () => {
  it('signs in and lists the desks with the person’s role', async () => {
    const result = await checkServerConnection(loginFor('edith'));
    expect(result).toMatchObject({ ok: true, user: 'edith', displayName: 'Edith Park' });
    if (result.ok) expect(result.desks.find((d) => d.id === 'metro')?.role).toBe('editor');
  });

  it('names an unknown login as a login problem', async () => {
    const result = await checkServerConnection(loginFor('nobody_here'));
    expect(result).toMatchObject({ ok: false, problem: 'bad-login' });
  });

  it('names a server that does not answer as unreachable', async () => {
    const url = new URL(loginFor('alice').url);
    url.searchParams.set('host', join(dir, 'no-server-here'));
    const result = await checkServerConnection({ url: url.toString(), user: 'alice', password: '' });
    expect(result).toMatchObject({ ok: false, problem: 'unreachable' });
  });

  it('refuses an address that is not postgres://', async () => {
    expect(await checkServerConnection({ url: 'https://newsroom.example.org', user: 'alice', password: '' })).toMatchObject({ ok: false, problem: 'bad-address' });
  });

  it('names a missing database and a database without the schema', async () => {
    const missing = new URL(loginFor('alice').url);
    missing.pathname = '/no_such_newsroom';
    expect(await checkServerConnection({ url: missing.toString(), user: 'alice', password: '' })).toMatchObject({ ok: false, problem: 'no-database' });
    const bare = new URL(loginFor('alice').url);
    bare.pathname = '/postgres';
    expect(await checkServerConnection({ url: bare.toString(), user: new URL(nr.adminUrl).username, password: '' })).toMatchObject({ ok: false, problem: 'no-schema' });
  });

  it('tells which side is too old when the protocols differ', async () => {
    const { rows } = await nr.admin.query<{ protocol: number; min_client_protocol: number }>('select protocol, min_client_protocol from crosscheck.server_info');
    const { protocol, min_client_protocol: minimum } = rows[0]!;
    try {
      await nr.admin.query('update crosscheck.server_info set min_client_protocol = $1', [protocol + 1]);
      await nr.admin.query('update crosscheck.server_info set protocol = $1', [protocol + 1]);
      expect(await checkServerConnection(loginFor('alice'))).toMatchObject({ ok: false, problem: 'app-too-old' });
      await nr.admin.query('update crosscheck.server_info set min_client_protocol = 0, protocol = 0');
      expect(await checkServerConnection(loginFor('alice'))).toMatchObject({ ok: false, problem: 'server-too-old' });
    } finally {
      await nr.admin.query('update crosscheck.server_info set protocol = $1, min_client_protocol = $2', [protocol, minimum]);
    }
  });
});

describe('a story through the review queue', () => {
  it('goes from the writer to the editor and back with the claim decisions', async () => {
    const writer = laptop('alice', 'alice');
    const editor = laptop('edith', 'edith');
    expect((await writer.newsroom.syncNow()).kind).toBe('synced');

    const story = writer.store.createStory({
      title: 'Council budget',
      document: [
        { type: 'headline', id: 'h1', children: [{ text: 'Council budget' }] },
        { type: 'paragraph', id: 'p1', children: [{ text: 'The council will spend $4.2 million on roads and hire 12 inspectors.' }] },
      ],
    });
    const source = writer.store.createSource({ text: 'The council approved $4.2 million for road repairs. It will hire 12 inspectors.', title: 'Council minutes', fileType: 'paste' }, story.id);
    expect(source.id).toBeTruthy();

    // Nothing is on the server until the writer submits.
    expect(await editor.newsroom.reviewQueue()).toEqual([]);
    expect(await writer.newsroom.story(story.id)).toMatchObject({ shared: false });
    const submitted = await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    expect(submitted).toMatchObject({ shared: true, role: 'writer', lastEvent: { kind: 'submitted', by: 'Alice Ng' }, newerOnServer: false });

    const queue = await editor.newsroom.reviewQueue();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ storyId: story.id, title: 'Council budget', submittedBy: 'Alice Ng', deskId: 'metro' });
    expect(queue[0]!.blockers).toBeGreaterThanOrEqual(0);
    // Bob is on the sport desk: the metro story is embargoed from him.
    const bob = laptop('bob', 'bob');
    expect(await bob.newsroom.reviewQueue()).toEqual([]);

    // A writer cannot approve; the server says so and nothing is recorded.
    await expect(writer.newsroom.reviewAction(story.id, 'approve', undefined)).rejects.toMatchObject({ code: 'forbidden' });

    await editor.newsroom.openStory(story.id);
    expect(editor.store.getStory(story.id).document).toEqual(writer.store.getStory(story.id).document);
    expect(editor.store.listStorySources(story.id).map((s) => s.title)).toEqual(['Council minutes']);
    const reviews = new ReviewStore(editor.store.db);
    const anchor = (text: string, start: number) => ({ blockId: 'p1', text, before: '', after: '', start });
    reviews.recordDecision(story.id, { anchor: anchor('$4.2 million', 23), state: 'verified', verdict: 'supported', reasons: [], reasonText: '', note: '', reviewer: 'Edith Park' });
    reviews.recordDecision(story.id, { anchor: anchor('12 inspectors', 55), state: 'needs-change', verdict: 'supported', reasons: [], reasonText: '', note: 'Say when they start.', reviewer: 'Edith Park' });
    const sentBack = await editor.newsroom.reviewAction(story.id, 'send-back', 'Two things on the figures.');
    expect(sentBack.lastEvent).toMatchObject({ kind: 'changes_requested', by: 'Edith Park', note: 'Two things on the figures.' });
    expect(await editor.newsroom.reviewQueue()).toEqual([]);

    // The writer's copy is now behind the server: a submit would be refused as a conflict.
    const seen = await writer.newsroom.story(story.id);
    expect(seen).toMatchObject({ newerOnServer: true, lastEvent: { kind: 'changes_requested' } });
    await expect(writer.newsroom.reviewAction(story.id, 'submit', undefined)).rejects.toMatchObject({ code: 'conflict' });
    await writer.newsroom.openStory(story.id);
    const states = new ReviewStore(writer.store.db).listReviews(story.id).map((r) => r.decisions.at(-1)!.state).sort();
    expect(states).toEqual(['needs-change', 'verified']);
    expect(await writer.newsroom.story(story.id)).toMatchObject({ newerOnServer: false });
    const again = await writer.newsroom.reviewAction(story.id, 'submit', 'Start date added.');
    expect(again.lastEvent?.kind).toBe('submitted');
  });

  it('shows who is editing and lets an editor take the lock over', async () => {
    const writer = laptop('alice2', 'alice');
    const editor = laptop('edith2', 'edith');
    const story = writer.store.createStory({ title: 'Lock test' });
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    await editor.newsroom.openStory(story.id);
    // Typing in it takes the lock.
    await writer.newsroom.story(story.id, true);
    expect((await editor.newsroom.story(story.id)).lock).toMatchObject({ holder: 'alice', holderName: 'Alice Ng', stale: false });
    // Seen three minutes on without a renewal, the holder has gone quiet.
    const later = createNewsroomService({ store: editor.store, credentials: createMemoryCredentialStore(loginFor('edith')), now: () => Date.now() + 180_000 });
    services.push(later);
    expect((await later.story(story.id)).lock).toMatchObject({ holder: 'alice', stale: true });
    await expect(editor.newsroom.reviewAction(story.id, 'approve', undefined)).rejects.toMatchObject({ code: 'conflict' });
    const taken = await editor.newsroom.takeOverLock(story.id);
    expect(taken.lock).toBeNull();
    expect((await writer.newsroom.story(story.id)).lock).toMatchObject({ holder: 'edith', holderName: 'Edith Park' });
    expect((await editor.newsroom.reviewAction(story.id, 'approve', undefined)).lastEvent?.kind).toBe('approved');
  });
});

describe('submitting while offline', () => {
  it('queues the submission in the outbox and sends it when the server is back', async () => {
    const writer = laptop('alice3', 'alice');
    const editor = laptop('edith3', 'edith');
    const story = writer.store.createStory({ title: 'Offline submission' });
    const good = loginFor('alice');
    // Never connected: there is no desk to file it under, and the person is told so.
    const away = new URL(good.url);
    away.searchParams.set('host', join(dir, 'no-server-here'));
    writer.newsroom.saveSettings({ url: away.toString(), user: 'alice', password: '' });
    await expect(writer.newsroom.reviewAction(story.id, 'submit', undefined)).rejects.toMatchObject({ code: 'offline' });

    // Connected once (Test connection learns the desk), then offline again.
    expect((await writer.newsroom.test(good)).ok).toBe(true);
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state().kind).toBe('offline');
    const queued = await writer.newsroom.reviewAction(story.id, 'submit', 'Filed from the train.');
    expect(queued).toMatchObject({ waitingToSend: true, lastEvent: { kind: 'submitted' } });
    expect(writer.newsroom.state()).toMatchObject({ kind: 'offline', waiting: 4 });
    expect((await editor.newsroom.reviewQueue()).map((i) => i.title)).not.toContain('Offline submission');

    writer.newsroom.saveSettings({ url: good.url, user: 'alice', password: '' });
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state()).toMatchObject({ kind: 'synced' });
    const item = (await editor.newsroom.reviewQueue()).find((i) => i.title === 'Offline submission');
    expect(item).toMatchObject({ submittedBy: 'Alice Ng', storyId: story.id });
    expect(await writer.newsroom.story(story.id)).toMatchObject({ lastEvent: { kind: 'submitted', note: 'Filed from the train.' }, newerOnServer: false });
  });
});

describe('the Newsroom library scope', () => {
  it('finds sources filed on the server, with plain snippet segments', async () => {
    const alice = await nr.session('alice');
    await alice.push([{ opId: newId(), kind: 'add_source', args: { sourceId: newId(), deskId: 'metro', title: 'Transit authority report', body: 'Ridership rose 14 percent after the fare cut, the transit authority said.' } }]);
    const reader = laptop('search', 'bob');
    const hits = await reader.newsroom.searchSources('ridership');
    expect(hits.map((h) => h.title)).toEqual(['Transit authority report']);
    expect(hits[0]!.snippet.some((part) => part.match && /ridership/i.test(part.text))).toBe(true);
    const copied = await reader.newsroom.copySource(hits[0]!.id, undefined);
    expect(reader.store.getSource(copied.sourceId).text).toContain('Ridership rose 14 percent');
  });
});
