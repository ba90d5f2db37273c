// The outbox and replica on a real library file, fed the answers and pages the server gives
// (their shapes as tests/server sees them): slicing, what each answer does to the outbox, held
// ops, and pages applied twice.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HELD_RETRY_MS, PUSH_SLICE_BYTES, SqliteSyncStore } from '../../electron/server/SqliteSyncStore.ts';
import { queueStorySave } from '../../electron/server/storySyncOps.ts';
import type { PullPage, PushOperation } from '../../electron/server/syncProtocol.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

let dir: string;
let library: CrosscheckStore;
let clock: number;
let store: SqliteSyncStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cc-syncstore-'));
  library = CrosscheckStore.open(path.join(dir, 'library.sqlite'));
  clock = Date.parse('2026-12-03T09:00:00Z');
  store = new SqliteSyncStore(library.db, { now: () => clock });
});
afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

const chunk = (bytes: number): PushOperation => ({ opId: randomUUID(), kind: 'put_chunk', args: { data: 'A'.repeat(bytes) } });
const doc = (text: string) => [{ type: 'paragraph', id: 'p', children: [{ text }] }];

describe('SqliteSyncStore', () => {
  it('slices pushes by size, but always sends at least one op', async () => {
    const big = Math.floor(PUSH_SLICE_BYTES / 3);
    store.enqueue([chunk(big), chunk(big), chunk(big), chunk(big)]);
    expect(await store.pendingOps(100)).toHaveLength(2);
    store.enqueue([chunk(PUSH_SLICE_BYTES * 2)]);
    const only = new SqliteSyncStore(library.db);
    await only.settle((await only.pendingOps(100)).map((op) => ({ opId: op.opId, status: 'applied' })));
    await only.settle((await only.pendingOps(100)).map((op) => ({ opId: op.opId, status: 'applied' })));
    expect(await only.pendingOps(100)).toHaveLength(1);
  });

  it('files each answer: applied leaves, rejected goes to the person, conflict is recorded', async () => {
    const first = queueStorySave(store, { localId: 'local-1', deskId: 'metro', title: 'Rates', document: doc('One') });
    const second = queueStorySave(store, { localId: 'local-1', deskId: 'metro', title: 'Rates', document: doc('Two') });
    const other = queueStorySave(store, { localId: 'local-2', deskId: 'sport', title: 'Derby', document: doc('Goal') });
    const ops = await store.pendingOps(100);
    expect(ops.map((o) => o.kind)).toEqual(['create_story', 'add_revision', 'add_revision', 'create_story', 'add_revision']);
    expect(ops[2]!.args).toMatchObject({ revisionId: second.revisionId, baseRevisionId: first.revisionId });
    await store.settle([
      { opId: ops[0]!.opId, status: 'applied' },
      { opId: ops[1]!.opId, status: 'applied' },
      { opId: ops[2]!.opId, status: 'conflict', headRevisionId: 'someone-elses' },
      { opId: ops[3]!.opId, status: 'rejected', code: '42501', error: 'you are not on desk "sport"' },
      { opId: ops[4]!.opId, status: 'rejected', code: 'P0002', error: `no story ${other.serverStoryId}` },
    ]);
    expect(store.waiting()).toBe(0);
    expect(store.openConflicts()).toBe(1);
    expect(store.rejectedOps().map((r) => [r.kind, r.code])).toEqual([['create_story', '42501'], ['add_revision', 'P0002']]);
    // The refused revision is stepped back over: local-2's next save names no base the server lacks.
    expect(queueStorySave(store, { localId: 'local-2', deskId: 'sport', title: 'Derby', document: doc('Goal!') }).baseRevisionId).toBeNull();
  });

  it('holds a revision refused for a lock, with the later ops of its story but not of others, until the retry time', async () => {
    queueStorySave(store, { localId: 'a', deskId: 'metro', title: 'A', document: doc('1') });
    queueStorySave(store, { localId: 'b', deskId: 'metro', title: 'B', document: doc('1') });
    await store.settle((await store.pendingOps(100)).map((op) => ({ opId: op.opId, status: 'applied' })));
    const locked = queueStorySave(store, { localId: 'a', deskId: 'metro', title: 'A', document: doc('2') });
    const [held] = await store.pendingOps(100);
    await store.settle([{ opId: held!.opId, status: 'rejected', code: '55P03', error: 'story is locked by dana' }]);
    queueStorySave(store, { localId: 'a', deskId: 'metro', title: 'A', document: doc('3') });
    const free = queueStorySave(store, { localId: 'b', deskId: 'metro', title: 'B', document: doc('2') });
    expect((await store.pendingOps(100)).map((o) => (o.args as { revisionId: string }).revisionId)).toEqual([free.revisionId]);
    expect(store.rejectedOps()).toEqual([]);
    clock += HELD_RETRY_MS + 1;
    const retried = await store.pendingOps(100);
    expect(retried.map((o) => (o.args as { revisionId: string }).revisionId)).toEqual([locked.revisionId, expect.any(String), free.revisionId]);
  });

  it('applies a page twice to the same replica and copies a story first seen on the server into the library', async () => {
    const storyId = randomUUID();
    const revisionId = randomUUID();
    const page: PullPage = {
      cursor: '812/0', more: false,
      rows: [
        { table: 'story_revisions', row: { id: revisionId, story_id: storyId, base_revision_id: null, body: doc('From the server'), author: 'alice', created_at: '2026-12-03T08:00:00Z' } },
        { table: 'stories', row: { id: storyId, desk_id: 'metro', slug: 'rates', title: 'Rates', embargoed: true, head_revision_id: revisionId, created_by: 'alice', created_at: '2026-12-03T08:00:00Z' } },
      ],
    };
    const changed: string[][] = [];
    const listening = new SqliteSyncStore(library.db, { onStoriesChanged: (ids) => changed.push([...ids]) });
    await listening.applyPage(page);
    await listening.applyPage(page);
    expect(await listening.cursor()).toBe('812/0');
    expect(library.db.get('SELECT (SELECT count(*) FROM replica_stories) AS s, (SELECT count(*) FROM replica_revisions) AS r')).toEqual({ s: 1, r: 1 });
    expect(library.getStory(storyId)).toMatchObject({ title: 'Rates', document: doc('From the server'), revision: 1 });
    expect(changed).toEqual([[storyId]]);
  });
});
