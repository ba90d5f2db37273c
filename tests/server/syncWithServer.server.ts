// The desktop side's sync round against a real server, with an in-memory stand-in for the
// local library's outbox and cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerSession } from '../../electron/server/ServerSession.ts';
import type { PullPage, PushOperation, PushResult } from '../../electron/server/syncProtocol.ts';
import { syncWithServer, type SyncStore } from '../../electron/server/syncWithServer.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
beforeAll(async () => { nr = await createTestNewsroom(); });
afterAll(async () => { await nr?.close(); });

class MemoryStore implements SyncStore {
  outbox: PushOperation[] = [];
  answered: PushResult[] = [];
  rows = new Map<string, Record<string, unknown>>();
  savedCursor = '';
  /** Throw in settle() this many times: the server applied the ops but the laptop lost the reply. */
  loseReplies = 0;

  async pendingOps(limit: number) { return this.outbox.slice(0, limit); }
  async settle(results: readonly PushResult[]) {
    if (this.loseReplies > 0) {
      this.loseReplies -= 1;
      throw new Error('connection reset before the reply was stored');
    }
    const done = new Set(results.map((r) => r.opId));
    this.outbox = this.outbox.filter((op) => !done.has(op.opId));
    this.answered.push(...results);
  }
  async cursor() { return this.savedCursor; }
  async applyPage(page: PullPage) {
    for (const { table, row } of page.rows) this.rows.set(`${table}:${String(row.id ?? row.story_id)}`, row);
    this.savedCursor = page.cursor;
  }
}

const createStory = (storyId: string, slug: string): PushOperation =>
  ({ opId: newId(), kind: 'create_story', args: { storyId, deskId: 'metro', slug, title: slug } });

describe('syncWithServer', () => {
  let alice: ServerSession;
  let edith: ServerSession;
  beforeAll(async () => { [alice, edith] = await Promise.all([nr.session('alice'), nr.session('edith')]); });

  it("drains one laptop's outbox and brings another's library up to date, page by page", async () => {
    const writer = new MemoryStore();
    const ids = Array.from({ length: 7 }, () => newId());
    writer.outbox = ids.map((id, i) => createStory(id, `s${i}`));
    expect(await syncWithServer(alice, writer)).toMatchObject({ pushed: 7, rejected: 0, caughtUp: true });
    expect(writer.outbox).toEqual([]);

    const reader = new MemoryStore();
    expect(await syncWithServer(edith, reader, 3)).toEqual({ pushed: 0, rejected: 0, pulled: 7, caughtUp: true });
    expect([...reader.rows.keys()]).toEqual(ids.map((id) => `stories:${id}`));
    expect(await syncWithServer(edith, reader, 3)).toMatchObject({ pulled: 0 });
  });

  it('sends ops again after a lost reply, and the server applies them once', async () => {
    const store = new MemoryStore();
    const storyId = newId();
    store.outbox = [createStory(storyId, 'lost-reply')];
    store.loseReplies = 1;
    await expect(syncWithServer(alice, store)).rejects.toThrow('connection reset');
    expect(store.outbox).toHaveLength(1);
    await syncWithServer(alice, store);
    expect(store.outbox).toEqual([]);
    expect(store.answered).toEqual([expect.objectContaining({ status: 'applied', duplicate: true, storyId })]);
    const { rows } = await nr.admin.query('select count(*)::int as n from crosscheck.stories where id = $1', [storyId]);
    expect(rows[0].n).toBe(1);
  });

  it('takes rejected ops out of the outbox and counts them for the person to see', async () => {
    const store = new MemoryStore();
    store.outbox = [{ opId: newId(), kind: 'create_story', args: { storyId: newId(), deskId: 'sport', slug: 'x', title: 'Not my desk' } }];
    expect(await syncWithServer(alice, store)).toMatchObject({ pushed: 1, rejected: 1 });
    expect(store.outbox).toEqual([]);
    expect(store.answered[0]).toMatchObject({ status: 'rejected', code: '42501' });
  });
});
