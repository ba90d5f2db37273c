// `crosscheck server init/add-desk/add-user` through the real CLI entry point, against a
// database that starts empty.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cliMain.ts';
import { applyServerMigrations } from '../../electron/server/applyServerMigrations.ts';
import { SERVER_MIGRATIONS } from '../../electron/server/serverMigrations.ts';
import { findPgBin } from './startThrowawayCluster.ts';
import { testClusterUrl } from './testNewsroom.ts';

const database = `cc_init_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let url: string;

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await runCli(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, style: { color: false, width: 100 } });
  return { status, out, err };
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

beforeAll(async () => {
  const cluster = testClusterUrl();
  await withAdminAt(cluster, (c) => c.query(`create database ${database}`));
  const u = new URL(cluster);
  u.pathname = `/${database}`;
  url = u.toString();
});
afterAll(async () => {
  await withAdminAt(testClusterUrl(), (c) => c.query(`drop database if exists ${database} with (force)`));
});

async function withAdminAt<T>(at: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: at });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

describe('crosscheck server init', () => {
  it('applies the migrations once; a second run does nothing', async () => {
    const first = await cli('server', 'init', '--url', url);
    const all = SERVER_MIGRATIONS.map((m) => m.version);
    expect(first).toEqual({ status: 0, out: `crosscheck server: applied migration${all.length === 1 ? '' : 's'} ${all.join(', ')}; schema at version ${SERVER_MIGRATIONS.length}\n`, err: '' });
    const second = await cli('server', 'init', '--url', url);
    expect(second).toEqual({ status: 0, out: `crosscheck server: schema already at version ${SERVER_MIGRATIONS.length}; nothing to do\n`, err: '' });
    const rows = await withAdmin((c) => c.query('select version, name from crosscheck.schema_migrations order by version'));
    expect(rows.rows).toEqual(SERVER_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });

  it('is safe from two terminals at once on a new database: one applies, the other waits and finds nothing to do', async () => {
    const fresh = `${database}_twice`;
    await withAdminAt(testClusterUrl(), (c) => c.query(`create database ${fresh}`));
    try {
      const u = new URL(url);
      u.pathname = `/${fresh}`;
      const results = await Promise.all([cli('server', 'init', '--url', u.toString()), cli('server', 'init', '--url', u.toString())]);
      expect(results.map((r) => r.status)).toEqual([0, 0]);
      expect(results.map((r) => r.out.includes('nothing to do')).sort()).toEqual([false, true]);
    } finally {
      await withAdminAt(testClusterUrl(), (c) => c.query(`drop database ${fresh} with (force)`));
    }
  });

  it('refuses a migration edited after it was applied, and changes nothing', async () => {
    const edited = SERVER_MIGRATIONS.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(withAdmin((c) => applyServerMigrations(c, edited))).rejects.toThrow('migration 1 (newsroom schema) differs from the one applied');
  });

  it('applies a new migration on top, in order', async () => {
    const next = [...SERVER_MIGRATIONS, { version: SERVER_MIGRATIONS.length + 1, name: 'test column', sql: 'alter table crosscheck.desks add column motto text' }];
    const report = await withAdmin((c) => applyServerMigrations(c, next));
    expect(report).toEqual({ applied: [next.length], version: next.length });
    // …after which this build, which lacks that migration, refuses to run init against it.
    const older = await cli('server', 'init', '--url', url);
    expect(older.status).toBe(2);
    expect(older.err).toContain(`newer than this Crosscheck knows (${SERVER_MIGRATIONS.length})`);
    await withAdmin(async (c) => {
      await c.query('alter table crosscheck.desks drop column motto');
      await c.query('delete from crosscheck.schema_migrations where version = $1', [next.length]);
    });
  });
});

describe('the installed command', () => {
  const bin = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'server', ...args], { encoding: 'utf8' });

  it('runs `crosscheck server init` as a user would, and fails on bad input in one line', () => {
    expect(run('init', '--url', url)).toMatchObject({ status: 0, stdout: expect.stringContaining('nothing to do'), stderr: '' });
    const bad = run('init', '--url', 'postgres://nobody@127.0.0.1:1/x');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^crosscheck: cannot connect to the newsroom server/);
  });
});

describe('crosscheck server add-desk and add-user', () => {
  it('adds a desk and a user, printing a new login\'s password once', async () => {
    expect(await cli('server', 'add-desk', '--url', url, '--id', 'courts', '--name', 'Courts')).toMatchObject({ status: 0, err: '' });
    const login = `u${randomUUID().replaceAll('-', '').slice(0, 8)}`;
    const first = await cli('server', 'add-user', '--url', url, '--login', login, '--desk', 'courts', '--role', 'editor', '--name', 'Cora Diaz');
    expect(first.status).toBe(0);
    expect(first.out).toMatch(new RegExp(`^crosscheck server: ${login} is an editor on desk 'courts'\nnew login created; its password, shown only now: [A-Za-z0-9_-]{24}\n$`));
    const again = await cli('server', 'add-user', '--url', url, '--login', login, '--desk', 'courts');
    expect(again.out).toBe(`crosscheck server: ${login} is a writer on desk 'courts'\n`);
    const members = await withAdmin((c) => c.query('select desk_id, role from crosscheck.desk_members where role_name = $1', [login]));
    expect(members.rows).toEqual([{ desk_id: 'courts', role: 'writer' }]);
  });

  it('answers bad input with one plain line and status 2', async () => {
    const cases: [string[], string][] = [
      [['server', 'init'], 'crosscheck: server init needs --url postgres://… (or CROSSCHECK_SERVER_URL)\n'],
      [['server', 'init', '--url', 'mysql://x/y'], "crosscheck: --url must start with postgres:// or postgresql://, not 'mysql://'\n"],
      [['server', 'frobnicate'], "crosscheck: unknown server command 'frobnicate' (expected init, add-desk, add-user)\n"],
      [['server', 'add-desk', '--url', url, '--id', 'Bad Desk', '--name', 'x'], "crosscheck: desk id 'Bad Desk' must be lowercase letters, digits and hyphens (at most 40), such as 'metro'\n"],
      [['server', 'add-user', '--url', url, '--login', 'zed', '--desk', 'nowhere'], 'crosscheck: there is no desk \'nowhere\'; add it first with "crosscheck server add-desk"\n'],
      [['server', 'add-user', '--url', url, '--login', 'Robert"; drop', '--desk', 'courts'], "crosscheck: login 'Robert\"; drop' must be lowercase letters, digits and _ (a PostgreSQL role name), such as 'alice'\n"],
    ];
    for (const [argv, err] of cases) expect(await cli(...argv)).toEqual({ status: 2, out: '', err });
  });

  it('says plainly when the server cannot be reached, without the password', async () => {
    const r = await cli('server', 'init', '--url', 'postgres://admin:hunter2@127.0.0.1:1/newsroom');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^crosscheck: cannot connect to the newsroom server \(postgres:\/\/admin:\*\*\*@127\.0\.0\.1:1\/newsroom\): .+\n$/);
    expect(r.err).not.toContain('hunter2');
  });

  it('tells the admin to run init on a database without the schema', async () => {
    await withAdminAt(testClusterUrl(), (c) => c.query(`create database ${database}_empty`));
    try {
      const u = new URL(url);
      u.pathname = `/${database}_empty`;
      const r = await cli('server', 'add-desk', '--url', u.toString(), '--id', 'metro', '--name', 'Metro');
      expect(r.err).toContain('this database has no Crosscheck schema; run "crosscheck server init --url …" first');
    } finally {
      await withAdminAt(testClusterUrl(), (c) => c.query(`drop database ${database}_empty with (force)`));
    }
  });
});

describe('an admin who is not a superuser', () => {
  it('can init, add people and back up as the database owner with CREATEROLE, as the README says', async () => {
    const suffix = randomUUID().replaceAll('-', '').slice(0, 8);
    const adminRole = `newsroom_admin_${suffix}`;
    const db = `${database}_owned`;
    await withAdminAt(testClusterUrl(), async (c) => {
      await c.query(`create role ${adminRole} login createrole`);
      await c.query(`create database ${db} owner ${adminRole}`);
    });
    try {
      const u = new URL(testClusterUrl());
      u.pathname = `/${db}`;
      u.username = adminRole;
      const at = u.toString();
      expect((await cli('server', 'init', '--url', at)).status).toBe(0);
      expect((await cli('server', 'add-desk', '--url', at, '--id', 'metro', '--name', 'Metro')).status).toBe(0);
      const login = `w${suffix}`;
      expect(await cli('server', 'add-user', '--url', at, '--login', login, '--desk', 'metro')).toMatchObject({ status: 0, err: '' });
      u.username = login;
      const writer = new pg.Client({ connectionString: u.toString() });
      await writer.connect();
      try {
        const { rows } = await writer.query("select crosscheck.push(1, jsonb_build_array(jsonb_build_object('opId', gen_random_uuid(), 'kind', 'create_story', 'args', jsonb_build_object('storyId', gen_random_uuid(), 'deskId', 'metro', 'slug', 's', 'title', 'S')))) as r");
        expect(rows[0].r.results[0].status).toBe('applied');
      } finally {
        await writer.end();
      }

      // The README's backup: pg_dump as the tables' owner, restored into an empty database.
      const bin = findPgBin();
      const socket = ['-h', u.searchParams.get('host')!, '-p', u.port || '5432', '-U', adminRole];
      const dump = spawnSync(path.join(bin, 'pg_dump'), [...socket, '-Fc', db]);
      expect(dump.stderr.toString()).toBe('');
      await withAdminAt(testClusterUrl(), (c) => c.query(`create database ${db}_restored owner ${adminRole}`));
      const restore = spawnSync(path.join(bin, 'pg_restore'), [...socket, '--exit-on-error', '-d', `${db}_restored`], { input: dump.stdout });
      expect(restore.stderr.toString()).toBe('');
      u.pathname = `/${db}_restored`;
      u.username = adminRole;
      await withAdminAt(u.toString(), async (c) => {
        expect((await c.query('select count(*)::int as n from crosscheck.stories')).rows[0].n).toBe(1);
        expect((await c.query('select max(version) as v from crosscheck.schema_migrations')).rows[0].v).toBe(SERVER_MIGRATIONS.length);
        // The guards come back with the data: append-only triggers and row-level security.
        const guards = await c.query(`select (select count(*)::int from pg_trigger where tgname like 'append_only%') as triggers,
          (select count(*)::int from pg_policies where schemaname = 'crosscheck') as policies`);
        expect(guards.rows[0]).toEqual({ triggers: 6, policies: 11 });
      });
    } finally {
      await withAdminAt(testClusterUrl(), async (c) => {
        await c.query(`drop database if exists ${db} with (force)`);
        await c.query(`drop database if exists ${db}_restored with (force)`);
      });
    }
  });
});
