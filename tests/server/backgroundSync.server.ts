// The desktop sync loop against a real server and a real library file: saves go to the outbox
// while the server is unreachable, the state says so, and everything goes up on reconnect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundSync, type SyncState } from '../../electron/server/backgroundSync.ts';
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
    const lockRow = async () => (await nr.admin.query('select holder, acquired_at, released from crosscheck.story_locks where story_id = $1', [serverStory])).rows[0];
    const release = sync.holdLock(serverStory);
    await sync.syncNow();
    const first = await lockRow();
    expect(first).toMatchObject({ holder: 'alice', released: false });
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
});
