// Who may read and write what, enforced by PostgreSQL itself: each row-level security policy,
// the author taken from the login, and the append-only tables.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerSession } from '../../electron/server/ServerSession.ts';
import { splitIntoChunks } from '../../electron/server/splitIntoChunks.ts';
import { createTestNewsroom, newId, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
let alice: ServerSession;
let bob: ServerSession;
let edith: ServerSession;
let aliceSql: pg.Client;
let bobSql: pg.Client;
const storyId = newId();
const revisionId = newId();
const eventId = newId();
const commentId = newId();

beforeAll(async () => {
  nr = await createTestNewsroom();
  [alice, bob, edith] = await Promise.all([nr.session('alice'), nr.session('bob'), nr.session('edith')]);
  [aliceSql, bobSql] = await Promise.all([nr.connect('alice'), nr.connect('bob')]);
  // An embargoed metro story with a revision, a review event, a comment and a lock.
  const results = await alice.push([
    { opId: newId(), kind: 'create_story', args: { storyId, deskId: 'metro', slug: 'council-leak', title: 'Council leak' } },
    { opId: newId(), kind: 'add_revision', args: { revisionId, storyId, baseRevisionId: null, body: { text: 'The council spent £4.2m.' } } },
    { opId: newId(), kind: 'add_review_event', args: { eventId, storyId, revisionId, kind: 'submitted' } },
    { opId: newId(), kind: 'add_comment', args: { commentId, storyId, revisionId, body: 'Source for £4.2m?' } },
    { opId: newId(), kind: 'take_lock', args: { storyId } },
  ]);
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
});
afterAll(async () => { await nr?.close(); });

const ids = async (sql: pg.Client, query: string, params: unknown[] = []) =>
  (await sql.query(query, params)).rows.map((r: { id: string }) => r.id);
const sqlError = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the statement to fail'); }, (e: { code: string; message: string }) => e);

describe('reading: row-level security per desk', () => {
  it("hides desk A's embargoed story and everything under it from desk B (stories, revisions, events, comments, locks)", async () => {
    expect(await ids(bobSql, 'select id from crosscheck.stories where id = $1', [storyId])).toEqual([]);
    for (const table of ['story_revisions', 'review_events', 'review_comments']) {
      expect(await ids(bobSql, `select id from crosscheck.${table} where story_id = $1`, [storyId])).toEqual([]);
    }
    expect((await bobSql.query('select * from crosscheck.story_locks where story_id = $1', [storyId])).rowCount).toBe(0);
    expect((await bob.pull('')).rows.filter((r) => r.row.story_id === storyId || r.row.id === storyId)).toEqual([]);
  });

  it('shows the same rows to another member of desk A', async () => {
    const edithSql = await nr.connect('edith');
    expect(await ids(edithSql, 'select id from crosscheck.stories where id = $1', [storyId])).toEqual([storyId]);
    expect(await ids(edithSql, 'select id from crosscheck.review_comments where story_id = $1', [storyId])).toEqual([commentId]);
    const tables = new Set((await edith.pull('')).rows.map((r) => r.table));
    expect(tables).toEqual(new Set(['stories', 'story_revisions', 'review_events', 'review_comments', 'story_locks']));
  });

  it('shows a story to other desks once an editor releases it from embargo, history fetched apart', async () => {
    const other = newId();
    const otherRevision = newId();
    await alice.push([
      { opId: newId(), kind: 'create_story', args: { storyId: other, deskId: 'metro', slug: 'parade', title: 'Parade' } },
      { opId: newId(), kind: 'add_revision', args: { revisionId: otherRevision, storyId: other, baseRevisionId: null, body: { text: 'Parade on Sunday.' } } },
    ]);
    expect(await ids(bobSql, 'select id from crosscheck.stories where id = $1', [other])).toEqual([]);
    expect(await bob.storyHistory(other)).toEqual({ story: null, revisions: [], reviewEvents: [], comments: [], lock: null });
    const { cursor } = await bob.pull('');
    expect((await alice.push([{ opId: newId(), kind: 'release_story', args: { storyId: other } }]))[0])
      .toMatchObject({ status: 'rejected', code: '42501', error: expect.stringContaining('only an editor') });
    expect((await edith.push([{ opId: newId(), kind: 'release_story', args: { storyId: other } }]))[0]).toMatchObject({ status: 'applied' });
    expect(await ids(bobSql, 'select id from crosscheck.stories where id = $1', [other])).toEqual([other]);
    // The release re-sends the story row; its older revision was written before bob's cursor.
    expect((await bob.pull(cursor)).rows.map((r) => [r.table, r.row.id])).toEqual([['stories', other]]);
    expect((await bob.storyHistory(other)).revisions.map((r) => r.id)).toEqual([otherRevision]);
  });

  it('lists only your own desks and their members, but every colleague by name', async () => {
    expect(await ids(bobSql, 'select id from crosscheck.desks order by id')).toEqual(['sport']);
    expect((await bobSql.query('select role_name from crosscheck.desk_members')).rows).toEqual([{ role_name: 'bob' }]);
    expect((await bobSql.query('select role_name from crosscheck.users order by 1')).rows.map((r) => r.role_name)).toEqual(['alice', 'bob', 'edith']);
    expect(await bob.hello()).toMatchObject({ user: 'bob', desks: [{ id: 'sport', role: 'writer' }] });
  });

  it('shares the source library newsroom-wide except restricted sources, with their chunks', async () => {
    const file = Buffer.alloc(2.5 * 1024 * 1024, 'ledger, ') // 8 bytes: each 1 MiB chunk starts alike;
    const chunks = splitIntoChunks(file);
    expect(chunks.map((c) => c.data.length)).toEqual([1048576, 1048576, 524288]);
    // Identical chunks are stored once: the first two are the same bytes.
    const put = await alice.push(chunks.map((c) => ({ opId: newId(), kind: 'put_chunk' as const, args: { data: c.data.toString('base64') } })));
    expect(put.map((r) => r.hash)).toEqual(chunks.map((c) => c.hash));
    const [secret] = await alice.push([{ opId: newId(), kind: 'put_chunk', args: { data: Buffer.from('memo, p. 1').toString('base64') } }]);
    const shared = newId();
    const restricted = newId();
    const filed = await alice.push([
      { opId: newId(), kind: 'add_source', args: { sourceId: shared, deskId: 'metro', title: 'Council budget', body: 'The council budget is £4.2m for flood defences.', fileName: 'budget.pdf', fileSize: file.length, chunks: chunks.map((c) => c.hash) } },
      { opId: newId(), kind: 'add_source', args: { sourceId: restricted, deskId: 'metro', restricted: true, title: 'Leaked memo', body: 'The flood defence budget memo, leaked.', chunks: [secret!.hash as string] } },
    ]);
    expect(filed.map((r) => r.error ?? r.status)).toEqual(['applied', 'applied']);
    expect((await nr.admin.query('select count(*)::int as n from crosscheck.source_chunks')).rows[0].n).toBe(3);

    expect(await ids(bobSql, "select id from crosscheck.sources where desk_id = 'metro' order by title")).toEqual([shared]);
    expect(await ids(aliceSql, "select id from crosscheck.sources where desk_id = 'metro' order by title")).toEqual([shared, restricted]);
    expect((await bob.searchSources('flood budget')).map((h) => h.id)).toEqual([shared]);
    expect(new Set((await alice.searchSources('flood budget')).map((h) => h.id))).toEqual(new Set([shared, restricted]));

    // The file reassembles from its chunks, for anyone who may see the source.
    const { rows } = await bobSql.query<{ data: Buffer }>(
      `select c.data from crosscheck.source_file_chunks f join crosscheck.source_chunks c on c.hash = f.chunk_hash
       where f.source_id = $1 order by f.seq`, [shared]);
    expect(Buffer.concat(rows.map((r) => r.data)).equals(file)).toBe(true);
    expect((await bobSql.query('select 1 from crosscheck.source_file_chunks where source_id = $1', [restricted])).rowCount).toBe(0);
    const secretChunk = "select 1 from crosscheck.source_chunks where hash = decode($1, 'hex')";
    expect((await bobSql.query(secretChunk, [secret!.hash])).rowCount).toBe(0);
    expect((await aliceSql.query(secretChunk, [secret!.hash])).rowCount).toBe(1);

    // Naming the restricted file's hash tells bob no more than naming one that was never filed.
    const claim = async (hash: string) => (await bob.push([{ opId: newId(), kind: 'add_source', args: { sourceId: newId(), deskId: 'sport', title: 't', body: 'b', chunks: [hash] } }]))[0]!.error;
    expect(await claim(secret!.hash as string)).toBe(`chunk ${secret!.hash as string} was not uploaded; push its put_chunk first`);
    expect(await claim('ab'.repeat(32))).toBe(`chunk ${'ab'.repeat(32)} was not uploaded; push its put_chunk first`);
    // A chunk of a source bob can see he may reuse without uploading it again.
    expect((await bob.push([{ opId: newId(), kind: 'add_source', args: { sourceId: newId(), deskId: 'sport', title: 'Budget, again', body: 'b', chunks: [chunks[0]!.hash] } }]))[0]).toMatchObject({ status: 'applied' });
  });

  it('files a source too long to index whole, searchable by its opening', async () => {
    // Over a million characters of distinct tokens: indexed whole, its tsvector would pass PostgreSQL's 1 MB cap.
    const body = `Harbour dredging contract. ${Array.from({ length: 80_000 }, (_, i) => `ref${(i * 7919).toString(36)}x${i}`).join(' ')}`;
    expect(body.length).toBeGreaterThan(1_000_000);
    const sourceId = newId();
    const [r] = await alice.push([{ opId: newId(), kind: 'add_source', args: { sourceId, deskId: 'metro', title: 'Port ledger', body } }]);
    expect(r).toMatchObject({ status: 'applied' });
    expect((await bob.searchSources('dredging')).map((h) => h.id)).toEqual([sourceId]);
  });

  it('lets no user read the record of applied operations', async () => {
    expect((await sqlError(bobSql.query('select * from crosscheck.applied_ops'))).code).toBe('42501');
  });
});

describe('the policies themselves', () => {
  it('puts row-level security on every table but the two that hold no newsroom data', async () => {
    const { rows } = await nr.admin.query(`select relname from pg_class
      where relnamespace = 'crosscheck'::regnamespace and relkind = 'r' and not relrowsecurity order by 1`);
    expect(rows.map((r) => r.relname)).toEqual(['schema_migrations', 'server_info']);
  });

  it('has exactly the policies this file exercises (a new one needs a test here)', async () => {
    const { rows } = await nr.admin.query("select tablename, policyname from pg_policies where schemaname = 'crosscheck' order by 1, 2");
    expect(rows.map((r) => `${r.tablename}.${r.policyname}`)).toEqual([
      'desk_members.members_of_own_desks',
      'desks.desks_of_member',
      'review_comments.comments_of_visible_story',
      'review_events.events_of_visible_story',
      'source_chunks.chunks_of_visible_source',
      'source_file_chunks.file_chunks_of_visible_source',
      'sources.sources_shared_or_own_desk',
      'stories.stories_own_desk_or_released',
      'story_locks.locks_of_visible_story',
      'story_revisions.revisions_of_visible_story',
      'users.users_newsroom_wide',
    ]);
  });
});

describe('writing: only through push(), as yourself', () => {
  it("refuses a desk B writer's revision, event and comment on desk A's story", async () => {
    const results = await bob.push([
      { opId: newId(), kind: 'add_revision', args: { revisionId: newId(), storyId, baseRevisionId: revisionId, body: {} } },
      { opId: newId(), kind: 'add_review_event', args: { eventId: newId(), storyId, revisionId, kind: 'submitted' } },
      { opId: newId(), kind: 'add_comment', args: { commentId: newId(), storyId, revisionId, body: 'hi' } },
    ]);
    expect(results.map((r) => r.code)).toEqual(['42501', '42501', '42501']);
  });

  it('refuses a forged author, and records the login as author', async () => {
    const [forged] = await alice.push([{ opId: newId(), kind: 'add_comment', args: { commentId: newId(), storyId, revisionId, body: 'x', author: 'edith' } as never }]);
    expect(forged).toMatchObject({ status: 'rejected', code: '42501', error: expect.stringContaining('author is set by the server') });
    const direct = await sqlError(aliceSql.query(
      `insert into crosscheck.review_comments (id, story_id, revision_id, body, author, txid, change_seq)
       values ($1, $2, $3, 'x', 'edith', '1', 1)`, [newId(), storyId, revisionId]));
    expect(direct.code).toBe('42501');
    expect((await nr.admin.query('select author from crosscheck.review_comments where id = $1', [commentId])).rows).toEqual([{ author: 'alice' }]);
  });

  it('lets only an editor approve', async () => {
    const approve = (s: ServerSession) => s.push([{ opId: newId(), kind: 'add_review_event', args: { eventId: newId(), storyId, revisionId, kind: 'approved' } }]);
    expect((await approve(alice))[0]).toMatchObject({ status: 'rejected', code: '42501' });
    expect((await approve(edith))[0]).toMatchObject({ status: 'applied' });
  });

  it('holds a story lock against a colleague until its holder releases it', async () => {
    const revise = () => edith.push([{ opId: newId(), kind: 'add_revision', args: { revisionId: newId(), storyId, baseRevisionId: revisionId, body: {} } }]);
    expect((await edith.push([{ opId: newId(), kind: 'take_lock', args: { storyId } }]))[0]).toMatchObject({ status: 'locked', holder: 'alice' });
    expect((await revise())[0]).toMatchObject({ status: 'rejected', code: '55P03' });
    await alice.push([{ opId: newId(), kind: 'release_lock', args: { storyId } }]);
    expect((await revise())[0]).toMatchObject({ status: 'applied' });
  });

  it('refuses UPDATE and DELETE on revisions and review events to users, and to the owner too', async () => {
    for (const [table, id] of [['story_revisions', revisionId], ['review_events', eventId], ['review_comments', commentId]] as const) {
      expect((await sqlError(aliceSql.query(`update crosscheck.${table} set author = 'alice' where id = $1`, [id]))).code).toBe('42501');
      expect((await sqlError(aliceSql.query(`delete from crosscheck.${table} where id = $1`, [id]))).code).toBe('42501');
      const owner = await sqlError(nr.admin.query(`delete from crosscheck.${table} where id = $1`, [id]));
      expect(owner.message).toContain('append-only');
    }
    expect((await sqlError(aliceSql.query('update crosscheck.stories set embargoed = false where id = $1', [storyId]))).code).toBe('42501');
  });

  it('refuses a login that is not a Crosscheck user, even with the function granted to PUBLIC by mistake', async () => {
    await nr.admin.query('do $$ begin if not exists (select 1 from pg_roles where rolname = \'mallory\') then create role mallory login; end if; end $$');
    const mallory = await nr.connect('mallory');
    expect((await sqlError(mallory.query('select crosscheck.push(1, \'[]\')'))).code).toBe('42501');
    await nr.admin.query('grant usage on schema crosscheck to mallory; grant execute on function crosscheck.push(int, jsonb) to mallory');
    expect((await sqlError(mallory.query('select crosscheck.push(1, \'[]\')'))).message).toContain('not a Crosscheck user');
  });
});
