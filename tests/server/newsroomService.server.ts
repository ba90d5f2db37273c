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
import { ClaimChecks } from '../../electron/services/claimChecks.ts';
import { reviewStatus } from '../../electron/services/reviewStatus.ts';
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
  // Saves reach the outbox 50 ms after the library stores them, not the app's five seconds.
  const newsroom = createNewsroomService({ store, credentials: createMemoryCredentialStore(loginFor(user)), serverSaveDelayMs: 50 });
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
    expect(submitted).toMatchObject({ shared: true, role: 'writer', lastEvent: { kind: 'submitted', by: 'Alice Ng' }, conflict: false });
    expect(submitted.waitingToSend).toBeUndefined();

    const queue = await editor.newsroom.reviewQueue();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ title: 'Council budget', submittedBy: 'Alice Ng', deskId: 'metro' });
    expect(queue[0]!.blockers).toBeGreaterThanOrEqual(0);
    // Bob is on the sport desk: the metro story is embargoed from him.
    const bob = laptop('bob', 'bob');
    expect(await bob.newsroom.reviewQueue()).toEqual([]);

    // A writer cannot approve: refused here, before anything is queued.
    await expect(writer.newsroom.reviewAction(story.id, 'approve', undefined)).rejects.toMatchObject({ code: 'forbidden' });

    // The editor's library got its own copy with the pull; opening it brings the review along.
    const { storyId: editorsId } = await editor.newsroom.openStory(queue[0]!.serverId);
    expect(editor.store.getStory(editorsId).document).toEqual(writer.store.getStory(story.id).document);
    expect(editor.store.listStorySources(editorsId).map((s) => s.title)).toEqual(['Council minutes']);
    const reviews = new ReviewStore(editor.store.db);
    const anchor = (text: string, start: number) => ({ blockId: 'p1', text, before: '', after: '', start });
    reviews.recordDecision(editorsId, { anchor: anchor('$4.2 million', 23), state: 'verified', verdict: 'supported', reasons: [], reasonText: '', note: '', reviewer: 'Edith Park' });
    reviews.recordDecision(editorsId, { anchor: anchor('12 inspectors', 55), state: 'needs-change', verdict: 'supported', reasons: [], reasonText: '', note: 'Say when they start.', reviewer: 'Edith Park' });
    const sentBack = await editor.newsroom.reviewAction(editorsId, 'send-back', 'Two things on the figures.');
    expect(sentBack.lastEvent).toMatchObject({ kind: 'changes_requested', by: 'Edith Park', note: 'Two things on the figures.' });
    expect(await editor.newsroom.reviewQueue()).toEqual([]);

    // The writer had not touched it since: the pull brings the editor's version and decisions.
    await writer.newsroom.syncNow();
    expect(await writer.newsroom.story(story.id)).toMatchObject({ conflict: false, lastEvent: { kind: 'changes_requested', by: 'Edith Park' } });
    const states = new ReviewStore(writer.store.db).listReviews(story.id).map((r) => r.decisions.at(-1)!.state).sort();
    expect(states).toEqual(['needs-change', 'verified']);
    const again = await writer.newsroom.reviewAction(story.id, 'submit', 'Start date added.');
    expect(again.lastEvent?.kind).toBe('submitted');
  });

  it('shows who is editing and lets an editor take the lock over', async () => {
    const writer = laptop('alice2', 'alice');
    const editor = laptop('edith2', 'edith');
    const story = writer.store.createStory({ title: 'Lock test' });
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    const [item] = (await editor.newsroom.reviewQueue()).filter((i) => i.title === 'Lock test');
    const { storyId: editorsId } = await editor.newsroom.openStory(item!.serverId);
    // Typing in it asks the engine to hold the lock.
    expect(writer.newsroom.holdLock(story.id, true)).toBe(true);
    await writer.newsroom.syncNow();
    await editor.newsroom.syncNow();
    expect((await editor.newsroom.story(editorsId)).lock).toMatchObject({ holder: 'alice', holderName: 'Alice Ng', stale: false });
    // Seen 100 s on without a renewal (past LOCK_QUIET_MS, before it lapses), the holder has gone quiet.
    const later = createNewsroomService({ store: editor.store, credentials: createMemoryCredentialStore(loginFor('edith')), now: () => Date.now() + 100_000 });
    services.push(later);
    expect((await later.story(editorsId)).lock).toMatchObject({ holder: 'alice', stale: true });
    await later.stop();
    await expect(editor.newsroom.reviewAction(editorsId, 'approve', undefined)).rejects.toMatchObject({ code: 'conflict' });
    const taken = await editor.newsroom.takeOverLock(editorsId);
    expect(taken.lock).toBeNull();
    await writer.newsroom.syncNow();
    expect((await writer.newsroom.story(story.id)).lock).toMatchObject({ holder: 'edith', holderName: 'Edith Park' });
    expect((await editor.newsroom.reviewAction(editorsId, 'approve', undefined)).lastEvent?.kind).toBe('approved');
  });
});

describe('the editing lock from the sync engine', () => {
  it('is renewed by the engine’s heartbeat while the story is open, and released when it closes', async () => {
    const writer = laptop('alice7', 'alice');
    const editor = laptop('edith7', 'edith');
    const story = writer.store.createStory({ title: 'Held lock' });
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    const [item] = (await editor.newsroom.reviewQueue()).filter((i) => i.title === 'Held lock');
    const { storyId: editorsId } = await editor.newsroom.openStory(item!.serverId);
    // A fast heartbeat on the writer's laptop, so renewals can be seen in a test.
    const fast = createNewsroomService({ store: writer.store, credentials: createMemoryCredentialStore(loginFor('alice')), serverSaveDelayMs: 50, lockHeartbeatMs: 150 });
    services.push(fast);
    await writer.newsroom.stop();
    await fast.syncNow();
    const acquired = async () => (await nr.admin.query<{ at: Date; released: boolean }>(
      'select acquired_at as at, released from crosscheck.story_locks where story_id = $1', [item!.serverId])).rows[0];

    expect(fast.holdLock(story.id, true)).toBe(true);
    await fast.syncNow();
    const first = await acquired();
    expect(first).toMatchObject({ released: false });
    // Renewals come from the engine's timer: nobody polls, and acquired_at still moves on.
    await new Promise((r) => setTimeout(r, 400));
    await fast.syncNow();
    expect((await acquired())!.at.getTime()).toBeGreaterThan(first!.at.getTime());
    await editor.newsroom.syncNow();
    expect((await editor.newsroom.story(editorsId)).lock).toMatchObject({ holder: 'alice' });

    // Closing the story lets go: released on the server, and the heartbeat stops.
    expect(fast.holdLock(story.id, false)).toBe(false);
    await fast.syncNow();
    expect(await acquired()).toMatchObject({ released: true });
    await new Promise((r) => setTimeout(r, 400));
    await fast.syncNow();
    expect(await acquired()).toMatchObject({ released: true });
    await editor.newsroom.syncNow();
    expect((await editor.newsroom.story(editorsId)).lock).toBeNull();
    // A story only on this computer has no lock to hold.
    expect(fast.holdLock(writer.store.createStory({ title: 'Local only' }).id, true)).toBe(false);
  });
});

/** Points a laptop at a socket folder with no server in it, or back at the real one. */
function goOffline(newsroom: NewsroomService, user: string): void {
  const away = new URL(loginFor(user).url);
  away.searchParams.set('host', join(dir, 'no-server-here'));
  newsroom.saveSettings({ url: away.toString(), user, password: '' });
}
function goOnline(newsroom: NewsroomService, user: string): void {
  newsroom.saveSettings({ url: loginFor(user).url, user, password: '' });
}
const paragraph = (id: string, text: string) => ({ type: 'paragraph' as const, id, children: [{ text }] });
const until = async (check: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; !check();) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('submitting while offline', () => {
  it('queues the submission in the outbox and sends it when the server is back', async () => {
    const writer = laptop('alice3', 'alice');
    const editor = laptop('edith3', 'edith');
    const story = writer.store.createStory({ title: 'Offline submission' });
    // Never connected: there is no desk to file it under, and the person is told so.
    goOffline(writer.newsroom, 'alice');
    await expect(writer.newsroom.reviewAction(story.id, 'submit', undefined)).rejects.toMatchObject({ code: 'offline' });

    // Connected once (Test connection learns the desk), then offline again.
    expect((await writer.newsroom.test(loginFor('alice'))).ok).toBe(true);
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state().kind).toBe('offline');
    const queued = await writer.newsroom.reviewAction(story.id, 'submit', 'Filed from the train.');
    expect(queued).toMatchObject({ waitingToSend: true, lastEvent: { kind: 'submitted' } });
    // create_story, add_revision, add_review_event, release_lock.
    expect(writer.newsroom.state()).toMatchObject({ kind: 'offline', waiting: 4 });
    expect((await editor.newsroom.reviewQueue()).map((i) => i.title)).not.toContain('Offline submission');

    goOnline(writer.newsroom, 'alice');
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state()).toMatchObject({ kind: 'synced' });
    const item = (await editor.newsroom.reviewQueue()).find((i) => i.title === 'Offline submission');
    expect(item).toMatchObject({ submittedBy: 'Alice Ng' });
    expect(await writer.newsroom.story(story.id)).toMatchObject({ lastEvent: { kind: 'submitted', note: 'Filed from the train.' }, conflict: false });
  });
});

describe('a linked story’s saves and conflicts', () => {
  it('queues every save of a submitted story, offline too, and the editor gets it on reconnect', async () => {
    const writer = laptop('alice4', 'alice');
    const editor = laptop('edith4', 'edith');
    await writer.newsroom.syncNow();
    const story = writer.store.createStory({ title: 'Saved offline', document: [paragraph('p1', 'First draft.')] });
    // Only on this computer until it is submitted: a save queues nothing.
    writer.store.saveStory(story.id, [paragraph('p1', 'Second draft.')], 1);
    writer.newsroom.noteLocalSave(story.id);
    await new Promise((r) => setTimeout(r, 150));
    expect(writer.newsroom.state()).toMatchObject({ kind: 'synced' });
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    const [item] = (await editor.newsroom.reviewQueue()).filter((i) => i.title === 'Saved offline');

    goOffline(writer.newsroom, 'alice');
    await writer.newsroom.syncNow();
    const { revision } = writer.store.getStory(story.id);
    writer.store.saveStory(story.id, [paragraph('p1', 'Third draft, written on the train.')], revision);
    writer.newsroom.noteLocalSave(story.id);
    await until(() => writer.newsroom.state().kind === 'offline' && (writer.newsroom.state() as { waiting: number }).waiting === 1);

    goOnline(writer.newsroom, 'alice');
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state()).toMatchObject({ kind: 'synced' });
    await editor.newsroom.syncNow();
    const { storyId: editorsId } = await editor.newsroom.openStory(item!.serverId);
    expect(editor.store.getStory(editorsId).document).toEqual([paragraph('p1', 'Third draft, written on the train.')]);
  });

  it('turns a save on an old version into a conflict, merges per block, and queues the picks on the server’s head', async () => {
    const writer = laptop('alice5', 'alice');
    const editor = laptop('edith5', 'edith');
    await writer.newsroom.syncNow();
    const story = writer.store.createStory({
      title: 'Merge me',
      document: [paragraph('a', 'The council met.'), paragraph('b', 'It voted 7-2.'), paragraph('c', 'Residents objected.')],
    });
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    const [item] = (await editor.newsroom.reviewQueue()).filter((i) => i.title === 'Merge me');
    const { storyId: editorsId } = await editor.newsroom.openStory(item!.serverId);

    // The writer edits offline; meanwhile the editor edits the same paragraph, and another one.
    goOffline(writer.newsroom, 'alice');
    await writer.newsroom.syncNow();
    const w = writer.store.getStory(story.id);
    writer.store.saveStory(story.id, [paragraph('a', 'The council met on Tuesday.'), paragraph('b', 'It voted 8-1.'), paragraph('c', 'Residents objected.')], w.revision);
    writer.newsroom.noteLocalSave(story.id);
    const e = editor.store.getStory(editorsId);
    editor.store.saveStory(editorsId, [paragraph('a', 'The council met.'), paragraph('b', 'It voted 7-2 to raise rates.'), paragraph('c', 'Residents objected loudly.')], e.revision);
    editor.newsroom.noteLocalSave(editorsId);
    await until(() => (writer.newsroom.state() as { waiting?: number }).waiting === 1);
    await new Promise((r) => setTimeout(r, 150));
    await editor.newsroom.syncNow();

    goOnline(writer.newsroom, 'alice');
    await writer.newsroom.syncNow();
    await writer.newsroom.syncNow();
    expect(writer.newsroom.state()).toMatchObject({ kind: 'conflict', conflicts: 1, stories: [{ id: story.id, title: 'Merge me' }] });
    expect(await writer.newsroom.story(story.id)).toMatchObject({ conflict: true });
    const view = writer.newsroom.conflict(story.id)!;
    expect(view.theirsBy).toBe('Edith Park');
    expect(view.blocks.map((b) => [b.kind, b.blockId])).toEqual([['mine', 'a'], ['conflict', 'b'], ['theirs', 'c']]);
    expect(view.blocks[1]!.conflict).toMatchObject({ kind: 'both-edited', base: 'It voted 7-2.', mine: 'It voted 8-1.', theirs: 'It voted 7-2 to raise rates.' });

    const resolved = await writer.newsroom.resolveConflict(story.id, { b: 'theirs' });
    expect(resolved).toMatchObject({ conflict: false });
    expect(writer.newsroom.state()).toMatchObject({ kind: 'synced' });
    const merged = [paragraph('a', 'The council met on Tuesday.'), paragraph('b', 'It voted 7-2 to raise rates.'), paragraph('c', 'Residents objected loudly.')];
    expect(writer.store.getStory(story.id).document).toEqual(merged);
    const { rows } = await nr.admin.query<{ body: unknown }>(
      'select r.body from crosscheck.stories s join crosscheck.story_revisions r on r.id = s.head_revision_id where s.id = $1', [item!.serverId]);
    expect(rows[0]!.body).toEqual(merged);
    // The editor's untouched copy moves to the merge with the next pull.
    await editor.newsroom.syncNow();
    expect(editor.store.getStory(editorsId).document).toEqual(merged);
  });
});

describe('claim decisions as events', () => {
  it('shows a claim as disputed, citing both people, until someone decides it again', async () => {
    const writer = laptop('alice6', 'alice');
    const editor = laptop('edith6', 'edith');
    const story = writer.store.createStory({
      title: 'Disputed figure',
      document: [{ type: 'paragraph', id: 'p1', children: [{ text: 'The council will spend $4.2 million on roads.' }] }],
    });
    writer.store.createSource({ text: 'The council approved $4.2 million for road repairs.', title: 'Minutes', fileType: 'paste' }, story.id);
    await writer.newsroom.reviewAction(story.id, 'submit', undefined);
    const [item] = (await editor.newsroom.reviewQueue()).filter((i) => i.title === 'Disputed figure');
    const { storyId: editorsId } = await editor.newsroom.openStory(item!.serverId);
    const checks = new ClaimChecks();
    const claimOf = async (store: CrosscheckStore, id: string) => (await reviewStatus(store, id, checks)).claims.find((c) => c.text.includes('4.2'))!;
    const disputeOn = async (laptopOf: { store: CrosscheckStore; newsroom: NewsroomService }, id: string) =>
      laptopOf.newsroom.withDisputes(await reviewStatus(laptopOf.store, id, checks)).claims.find((c) => c.text.includes('4.2'))!.dispute;

    // Each decides the same claim differently, without having seen the other's decision.
    await editor.newsroom.noteClaimDecision(editorsId, { anchor: (await claimOf(editor.store, editorsId)).anchor, state: 'verified', note: '' });
    await writer.newsroom.noteClaimDecision(story.id, { anchor: (await claimOf(writer.store, story.id)).anchor, state: 'needs-change', note: 'The minutes say repairs, not roads.' });
    await editor.newsroom.syncNow();
    await writer.newsroom.syncNow();
    await editor.newsroom.syncNow();
    for (const [who, id] of [[editor, editorsId], [writer, story.id]] as const) {
      expect(await disputeOn(who, id)).toEqual([
        { by: 'Edith Park', state: 'verified', at: expect.any(String) },
        { by: 'Alice Ng', state: 'needs-change', at: expect.any(String) },
      ]);
    }

    // The editor decides again: that settles it for everyone.
    await editor.newsroom.noteClaimDecision(editorsId, { anchor: (await claimOf(editor.store, editorsId)).anchor, state: 'needs-change', note: 'Agreed.' });
    await editor.newsroom.syncNow();
    await writer.newsroom.syncNow();
    expect(await disputeOn(editor, editorsId)).toBeUndefined();
    expect(await disputeOn(writer, story.id)).toBeUndefined();
    // A story only on this computer has no events: nothing is queued for it.
    const local = writer.store.createStory({ title: 'Not shared', document: [{ type: 'paragraph', id: 'q1', children: [{ text: 'It cost $3 million.' }] }] });
    const waiting = (writer.newsroom.state() as { waiting?: number }).waiting ?? 0;
    await writer.newsroom.noteClaimDecision(local.id, { anchor: { blockId: 'q1', text: '$3 million', before: '', after: '', start: 8 }, state: 'verified', note: '' });
    expect((writer.newsroom.state() as { waiting?: number }).waiting ?? 0).toBe(waiting);
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
