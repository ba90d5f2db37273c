// A client that loses push()'s reply sends the same operations again: each must apply once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import type { PushOperation } from '../../electron/server/syncProtocol.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
beforeAll(async () => { nr = await createTestNewsroom(); });
afterAll(async () => { await nr?.close(); });

const count = async (table: string, id: string) =>
  Number((await nr.admin.query(`select count(*) from crosscheck.${table} where id = $1`, [id])).rows[0].count);

describe('idempotent push', () => {
  it('applies the same operation once and returns the first answer to the retry', async () => {
    const alice = await nr.session('alice');
    const storyId = newId();
    const revisionId = newId();
    const batch: PushOperation[] = [
      { opId: newId(), kind: 'create_story', args: { storyId, deskId: 'metro', slug: 'flood', title: 'Flood' } },
      { opId: newId(), kind: 'add_revision', args: { revisionId, storyId, baseRevisionId: null, body: { text: 'Water rose 2 m.' } } },
    ];
    const first = await alice.push(batch);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied']);
    const again = await alice.push(batch);
    expect(again).toEqual(first.map((r) => ({ ...r, duplicate: true })));
    expect(await count('stories', storyId)).toBe(1);
    expect(await count('story_revisions', revisionId)).toBe(1);
  });

  it('makes a concurrent retry wait for the first attempt and then report it, not apply again', async () => {
    const op: PushOperation = { opId: newId(), kind: 'create_story', args: { storyId: newId(), deskId: 'metro', slug: 'race', title: 'Race' } };
    const first = await nr.connect('alice');
    await first.query('begin');
    expect((await new ServerSession(first).push([op]))[0]!.status).toBe('applied');
    // The retry blocks on the op id's unique index until the first transaction ends.
    const retry = (await nr.session('alice')).push([op]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.query('commit');
    expect((await retry)[0]).toMatchObject({ status: 'applied', duplicate: true });
    expect(await count('stories', op.args.storyId as string)).toBe(1);
  });

  it('does not record a rejected operation, so it can succeed on a later retry', async () => {
    const alice = await nr.session('alice');
    const storyId = newId();
    const revise: PushOperation = { opId: newId(), kind: 'add_revision', args: { revisionId: newId(), storyId, baseRevisionId: null, body: {} } };
    const [rejected] = await alice.push([revise]);
    expect(rejected).toMatchObject({ status: 'rejected', code: 'P0002' });
    // The outbox's order was wrong (the story came later); once it exists the same op applies.
    await alice.push([{ opId: newId(), kind: 'create_story', args: { storyId, deskId: 'metro', slug: 'later', title: 'Later' } }]);
    expect((await alice.push([revise]))[0]).toMatchObject({ status: 'applied' });
  });

  it('applies the rest of a batch when one operation is rejected', async () => {
    const alice = await nr.session('alice');
    const good = newId();
    const results = await alice.push([
      { opId: newId(), kind: 'create_story', args: { storyId: newId(), deskId: 'sport', slug: 'x', title: 'Not my desk' } },
      { opId: 'not-a-uuid', kind: 'create_story', args: { storyId: newId(), deskId: 'metro', slug: 'y', title: 'Bad op id' } },
      { opId: newId(), kind: 'create_story', args: { storyId: good, deskId: 'metro', slug: 'z', title: 'Fine' } },
    ]);
    expect(results.map((r) => [r.status, r.code])).toEqual([['rejected', '42501'], ['rejected', '22P02'], ['applied', undefined]]);
    expect(await count('stories', good)).toBe(1);
  });

  it('refuses an op id another user already used, rather than showing them its result', async () => {
    const op: PushOperation = { opId: newId(), kind: 'create_story', args: { storyId: newId(), deskId: 'metro', slug: 'mine', title: 'Mine' } };
    await (await nr.session('alice')).push([op]);
    const [reply] = await (await nr.session('edith')).push([op]);
    expect(reply).toMatchObject({ status: 'rejected', code: '23505' });
    expect(reply).not.toHaveProperty('storyId');
  });

  it('keeps a revision based on an old head but reports a conflict and leaves the head alone', async () => {
    const alice = await nr.session('alice');
    const edith = await nr.session('edith');
    const storyId = newId();
    const r1 = newId();
    await alice.push([
      { opId: newId(), kind: 'create_story', args: { storyId, deskId: 'metro', slug: 'c', title: 'C' } },
      { opId: newId(), kind: 'add_revision', args: { revisionId: r1, storyId, baseRevisionId: null, body: { v: 1 } } },
    ]);
    const r2 = newId();
    const r3 = newId();
    expect((await alice.push([{ opId: newId(), kind: 'add_revision', args: { revisionId: r2, storyId, baseRevisionId: r1, body: { v: 2 } } }]))[0])
      .toMatchObject({ status: 'applied', headRevisionId: r2 });
    expect((await edith.push([{ opId: newId(), kind: 'add_revision', args: { revisionId: r3, storyId, baseRevisionId: r1, body: { v: 3 } } }]))[0])
      .toMatchObject({ status: 'conflict', revisionId: r3, headRevisionId: r2 });
    expect(await count('story_revisions', r3)).toBe(1);
  });
});
