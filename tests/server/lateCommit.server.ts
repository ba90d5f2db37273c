// pull() must never skip a row whose transaction began before a pull and committed after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
beforeAll(async () => { nr = await createTestNewsroom(); });
afterAll(async () => { await nr?.close(); });

const story = (storyId: string, slug: string) =>
  ({ opId: newId(), kind: 'create_story' as const, args: { storyId, deskId: 'metro', slug, title: slug } });
const storyIds = (page: { rows: { table: string; row: Record<string, unknown> }[] }) =>
  page.rows.filter((r) => r.table === 'stories').map((r) => r.row.id);

describe('late commit', () => {
  it('delivers a row whose transaction committed after a pull that came later than its insert', async () => {
    const reader = await nr.session('edith');
    const start = await reader.pull('');

    // T1 begins and writes, and stays open.
    const t1 = await nr.connect('alice');
    await t1.query('begin');
    const late = newId();
    expect((await new ServerSession(t1).push([story(late, 'late')]))[0]!.status).toBe('applied');

    // T2 begins after T1, writes and commits.
    const early = newId();
    expect((await (await nr.session('alice')).push([story(early, 'early')]))[0]!.status).toBe('applied');

    // A pull between T2's commit and T1's: T2's row is held back too, since it lies above T1.
    const between = await reader.pull(start.cursor);
    expect(storyIds(between)).toEqual([]);

    await t1.query('commit');
    const after = await reader.pull(between.cursor);
    expect(storyIds(after)).toEqual([late, early]);
    expect(storyIds(await reader.pull(after.cursor))).toEqual([]);

    // The hazard is real in this very data: T1's row has the lower transaction id and the lower
    // change_seq, yet committed last, so "change_seq greater than the last one seen" skips it.
    const { rows } = await nr.admin.query<{ id: string; txid: string; change_seq: string }>(
      'select id, txid::text, change_seq from crosscheck.stories where id = any($1) order by change_seq', [[late, early]]);
    expect(rows.map((r) => r.id)).toEqual([late, early]);
    expect(BigInt(rows[0]!.txid)).toBeLessThan(BigInt(rows[1]!.txid));
  });

  it('pages by (txid, change_seq) without repeating or skipping a row', async () => {
    const alice = await nr.session('alice');
    const reader = await nr.session('edith');
    const { cursor: from } = await reader.pull('');
    const ids = Array.from({ length: 5 }, () => newId());
    // Two in one transaction, three in their own: rows sharing a txid must still page cleanly.
    await alice.push([story(ids[0]!, 'p0'), story(ids[1]!, 'p1')]);
    for (const id of ids.slice(2)) await alice.push([story(id, id)]);

    const seen: unknown[] = [];
    let cursor = from;
    let pages = 0;
    for (;;) {
      const page = await reader.pull(cursor, 2);
      seen.push(...storyIds(page));
      cursor = page.cursor;
      pages += 1;
      if (!page.more) break;
    }
    expect(seen).toEqual(ids);
    expect(pages).toBe(3);
  });

  it('pages across tables in the same order as one big page', async () => {
    const alice = await nr.session('alice');
    const reader = await nr.session('edith');
    const { cursor: from } = await reader.pull('');
    const storyId = newId();
    let base: string | null = null;
    await alice.push([story(storyId, 'mixed')]);
    for (let i = 0; i < 3; i++) {
      const revisionId = newId();
      await alice.push([
        { opId: newId(), kind: 'add_revision', args: { revisionId, storyId, baseRevisionId: base, body: { i } } },
        { opId: newId(), kind: 'add_comment', args: { commentId: newId(), storyId, revisionId, body: `note ${i}` } },
      ]);
      base = revisionId;
    }
    const whole = await reader.pull(from);
    const paged: unknown[] = [];
    let cursor = from;
    for (let more = true; more;) {
      const page = await reader.pull(cursor, 2);
      paged.push(...page.rows);
      ({ cursor, more } = page);
    }
    expect(new Set(whole.rows.map((r) => r.table))).toEqual(new Set(['stories', 'story_revisions', 'review_comments']));
    expect(paged).toEqual(whole.rows);
  });

  it('sends an updated row again, with its new state', async () => {
    const alice = await nr.session('alice');
    const edith = await nr.session('edith');
    const storyId = newId();
    await alice.push([story(storyId, 'to-release')]);
    const { cursor } = await edith.pull('');
    await edith.push([{ opId: newId(), kind: 'release_story', args: { storyId } }]);
    const page = await edith.pull(cursor);
    expect(page.rows).toEqual([{ table: 'stories', row: expect.objectContaining({ id: storyId, embargoed: false }) }]);
  });
});

describe('a stalled transaction', () => {
  it('is ended by the idle timeout init sets, so it cannot hold pulls back for long', async () => {
    const c = await nr.connect('alice');
    const { rows } = await c.query('show idle_in_transaction_session_timeout');
    expect(rows[0].idle_in_transaction_session_timeout).toBe('5min');
  });
});
