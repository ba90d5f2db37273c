// The desktop sync loop against a real server and a real library file: saves go to the outbox
// while the server is unreachable, the state says so, and everything goes up on reconnect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundSync, type SyncState } from '../../electron/server/backgroundSync.ts';
import { LOCK_STALE_MS, storyConflict } from '../../electron/server/syncReplicaQueries.ts';
import { HELD_RETRY_MS } from '../../electron/server/SqliteSyncStore.ts';
import { openServerConnection } from '../../electron/server/openServerConnection.ts';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
let dir: string;
beforeAll(async () => {
  nr = await createTestNewsroom();
  dir = mkdtempSync(path.join(tmpdir(), 'cc-bgsync-'));
});
afterAll(async () => {
  await nr?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A URL whose socket directory does not exist: connecting fails the way a dead network does. */
const unreachable = (login: string) => {
  const u = new URL(nr.urlFor(login));
  u.searchParams.set('host', path.join(dir, 'no-server-here'));
  return u.toString();
};

describe('startBackgroundSync', () => {
  it('queues saves while offline, says how many wait, and sends them all on reconnect', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'writer.sqlite'));
    let online = false;
    const states: SyncState[] = [];
    const sync = startBackgroundSync({
      database: library.db,
      connect: async () => new ServerSession(await openServerConnection(online ? nr.urlFor('alice') : unreachable('alice'))),
      // No jitter in the test: the first retry is a full second away, so the test drives rounds itself.
      random: () => 0.999,
    });
    sync.onStateChange((s) => states.push(s));
    const story = library.createStory({ title: 'Council budget' });
    sync.saveStory({ localId: story.id, deskId: 'metro', title: story.title, document: story.document });
    sync.saveStory({ localId: story.id, deskId: 'metro', title: story.title, document: [...story.document, { type: 'paragraph', id: 'p2', children: [{ text: 'Second.' }] }] });
    await sync.syncNow();
    expect(sync.state()).toMatchObject({ kind: 'offline', waiting: 3 });
    expect((sync.state() as { reason: string }).reason).toContain('cannot connect');

    online = true;
    await sync.syncNow();
    expect(sync.state()).toMatchObject({ kind: 'synced' });
    expect(sync.store.waiting()).toBe(0);
    expect(states.map((s) => s.kind)).toContain('offline');
    expect(states.at(-1)!.kind).toBe('synced');

    const { rows } = await nr.admin.query(
      `select s.title, s.head_revision_id = r.id as is_head, r.body
         from crosscheck.stories s join crosscheck.story_revisions r on r.story_id = s.id order by r.change_seq`);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ title: 'Council budget', is_head: true });
    expect(rows[1].body.at(-1).children[0].text).toBe('Second.');
    // Our own revisions came back in the pull without touching the local document.
    expect(library.getStory(story.id).revision).toBe(1);
    await sync.stop();
    library.close();
  });

  it('turns a save on a stale base into a conflict the state reports', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'editor.sqlite'));
    const sync = startBackgroundSync({ database: library.db, connect: () => nr.session('edith') });
    await sync.syncNow();
    // Edith now has the writer's story, fast-forwarded into her library under the server id.
    const serverStory = (await nr.admin.query('select id from crosscheck.stories')).rows[0].id as string;
    const copy = library.getStory(serverStory);
    expect(copy.title).toBe('Council budget');

    // Alice saves again on the server meanwhile; Edith's save is based on the head she pulled.
    const alice = await nr.session('alice');
    const head = (await nr.admin.query('select head_revision_id from crosscheck.stories')).rows[0].head_revision_id as string;
    await alice.push([{ opId: newId(), kind: 'add_revision', args: { revisionId: newId(), storyId: serverStory, baseRevisionId: head, body: copy.document } }]);
    sync.saveStory({ localId: serverStory, deskId: 'metro', title: copy.title, document: copy.document });
    await sync.syncNow();
    expect(sync.state()).toMatchObject({ kind: 'conflict', waiting: 0, conflicts: 1 });
    await sync.stop();
    library.close();
  });

  it('holds the editing lock with a heartbeat while a story is open and releases it on close', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'lock.sqlite'));
    const sync = startBackgroundSync({ database: library.db, connect: () => nr.session('alice'), lockHeartbeatMs: 150 });
    const serverStory = (await nr.admin.query('select id from crosscheck.stories')).rows[0].id as string;
    const lockRow = async () => (await nr.admin.query('select holder, acquired_at, expires_at, released from crosscheck.story_locks where story_id = $1', [serverStory])).rows[0];
    const release = sync.holdLock(serverStory);
    await sync.syncNow();
    const first = await lockRow();
    expect(first).toMatchObject({ holder: 'alice', released: false });
    // The server lets a lock lapse LOCK_STALE_MS after its last renewal (migration 2).
    expect(first.expires_at.getTime() - first.acquired_at.getTime()).toBe(LOCK_STALE_MS);
    // Beats renew it: a later acquired_at, the same holder.
    await new Promise((r) => setTimeout(r, 400));
    await sync.syncNow();
    const renewed = await lockRow();
    expect(renewed.acquired_at.getTime()).toBeGreaterThan(first.acquired_at.getTime());
    release();
    await sync.syncNow();
    expect(await lockRow()).toMatchObject({ holder: 'alice', released: true });
    await sync.stop();
    library.close();
  });

  it('holds saves made while someone else has the lock, and sends them in order once it is free', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'held.sqlite'));
    let clock = Date.now();
    const sync = startBackgroundSync({ database: library.db, connect: () => nr.session('alice'), now: () => clock });
    await sync.syncNow();
    const serverStory = (await nr.admin.query('select id, head_revision_id from crosscheck.stories')).rows[0];
    const copy = library.getStory(serverStory.id);
    const edith = await nr.session('edith');
    await edith.push([{ opId: newId(), kind: 'take_lock', args: { storyId: serverStory.id } }]);
    const edit = (text: string) => [...copy.document, { type: 'paragraph', id: 'late', children: [{ text }] }];
    const one = sync.saveStory({ localId: copy.id, deskId: 'metro', title: copy.title, document: edit('One.') });
    const two = sync.saveStory({ localId: copy.id, deskId: 'metro', title: copy.title, document: edit('One. Two.') });
    await sync.syncNow();
    // Refused for the lock: waiting in the outbox, not rejected, not sent again at once.
    expect(sync.store.rejectedOps()).toEqual([]);
    expect(sync.state()).toMatchObject({ kind: 'syncing', waiting: 2 });
    expect(sync.store.sendable()).toBe(0);

    await edith.push([{ opId: newId(), kind: 'release_lock', args: { storyId: serverStory.id } }]);
    clock += HELD_RETRY_MS + 1;
    await sync.syncNow();
    expect(sync.state().kind).toBe('synced');
    const revisions = (await nr.admin.query(
      'select id, base_revision_id from crosscheck.story_revisions where story_id = $1 and id = any($2::uuid[]) order by change_seq',
      [serverStory.id, [one.revisionId, two.revisionId]])).rows;
    expect(revisions).toEqual([
      { id: one.revisionId, base_revision_id: serverStory.head_revision_id },
      { id: two.revisionId, base_revision_id: one.revisionId },
    ]);
    const head = (await nr.admin.query('select head_revision_id from crosscheck.stories where id = $1', [serverStory.id])).rows[0];
    expect(head.head_revision_id).toBe(two.revisionId);
    await sync.stop();
    library.close();
  });

  it('never overwrites a local save the outbox has not been given yet with a pulled head', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'unsynced.sqlite'));
    const sync = startBackgroundSync({ database: library.db, connect: () => nr.session('edith') });
    await sync.syncNow();
    const story = (await nr.admin.query('select id, head_revision_id from crosscheck.stories')).rows[0];
    const copy = library.getStory(story.id);
    const mine = [...copy.document, { type: 'paragraph', id: 'mine', children: [{ text: 'Typed offline, saved locally only.' }] }] as typeof copy.document;
    library.saveStory(copy.id, mine, copy.revision);
    const alice = await nr.session('alice');
    await alice.push([{ opId: newId(), kind: 'add_revision', args: { revisionId: newId(), storyId: story.id, baseRevisionId: story.head_revision_id, body: [{ type: 'paragraph', id: 'x', children: [{ text: 'Theirs.' }] }] } }]);
    await sync.syncNow();
    expect(library.getStory(copy.id).document).toEqual(mine);
    sync.saveStory({ localId: copy.id, deskId: 'metro', title: copy.title, document: mine });
    await sync.syncNow();
    expect(sync.state()).toMatchObject({ kind: 'conflict' });
    await sync.stop();
    library.close();
  });

  it('backs off exponentially while the server stays unreachable', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'backoff.sqlite'));
    const t0 = Date.parse('2026-12-03T08:00:00Z');
    const sync = startBackgroundSync({
      database: library.db, now: () => t0, random: () => 0.999,
      connect: async () => new ServerSession(await openServerConnection(unreachable('alice'))),
    });
    const delays: number[] = [];
    sync.onStateChange((s) => { if (s.kind === 'offline') delays.push(Date.parse(s.retryAt) - t0); });
    for (let i = 0; i < 4; i++) await sync.syncNow();
    // Full jitter with random() = 0.999: 0.999 × 1 s, 2 s, 4 s, … — doubling per failure.
    const ladder = Array.from({ length: 10 }, (_, n) => Math.floor(0.999 * 1000 * 2 ** n));
    expect(delays.length).toBeGreaterThanOrEqual(4);
    for (const d of delays) expect(ladder).toContain(d);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
    await sync.stop();
    library.close();
  });

  it('keeps a resolution made against a head that has since moved as a new conflict, not an overwrite', async () => {
    const library = CrosscheckStore.open(path.join(dir, 'moved.sqlite'));
    const sync = startBackgroundSync({ database: library.db, connect: () => nr.session('edith') });
    await sync.syncNow();
    const storyId = (await nr.admin.query('select id from crosscheck.stories')).rows[0].id as string;
    const headNow = async () => (await nr.admin.query('select head_revision_id from crosscheck.stories where id = $1', [storyId])).rows[0].head_revision_id as string;
    const alice = await nr.session('alice');
    const aliceSaves = async (text: string) => {
      const revisionId = newId();
      await alice.push([{ opId: newId(), kind: 'add_revision', args: { revisionId, storyId, baseRevisionId: await headNow(), body: [{ type: 'paragraph', id: 'a', children: [{ text }] }] } }]);
      return revisionId;
    };
    await aliceSaves('Alice, first.');
    sync.saveStory({ localId: storyId, deskId: 'metro', title: 'x', document: [{ type: 'paragraph', id: 'e', children: [{ text: 'Edith.' }] }] });
    await sync.syncNow();
    const first = storyConflict(sync.store, storyId)!;
    expect(first).not.toBeNull();
    const newest = await aliceSaves('Alice, again.');
    await sync.syncNow();
    sync.resolveConflict(storyId, first.document, first.headRevisionId);
    await sync.syncNow();
    expect(await headNow()).toBe(newest);
    expect(sync.state()).toMatchObject({ kind: 'conflict', conflicts: 1 });
    const second = storyConflict(sync.store, storyId)!;
    expect(second.headRevisionId).toBe(newest);
    expect(second.document.map((b) => (b as { id: string }).id)).toEqual(expect.arrayContaining(['e']));
    await sync.stop();
    library.close();
  });
});
