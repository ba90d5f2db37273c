// `npm run bench:server`: a newsroom's laptops against one server on loopback. N simulated
// desktop clients (each its own node:sqlite library running the app's sync loop, backgroundSync,
// and its own PostgreSQL login connection) save a revision, sync (push, pull) and think, for S seconds; then every client
// drains its outbox and pulls to the end, and the bench counts what the server holds.
// A benchmark, not a test: it prints figures, and stops by itself (deadline plus a bounded drain).
//   npm run bench:server -- [--clients 200] [--seconds 60] [--desks 10] [--think-ms 1000]
// Prints throughput, p50/p95 pull and push latency, and lost ops (which must be 0): ops queued
// in a client's outbox that the server never applied, plus revisions of a client's desk that
// its replica is missing after the final pull.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addDesk } from '../../electron/server/addDesk.ts';
import { addNewsroomUser } from '../../electron/server/addNewsroomUser.ts';
import { applyServerMigrations } from '../../electron/server/applyServerMigrations.ts';
import { startBackgroundSync, type BackgroundSync } from '../../electron/server/backgroundSync.ts';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import type { PullPage } from '../../electron/server/syncProtocol.ts';
import { openSqliteDatabase } from '../../electron/store/sqliteDatabase.ts';
import { startThrowawayCluster } from '../server/startThrowawayCluster.ts';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    desks: { type: 'string', default: '10' },
    // A reporter saves every few seconds while typing; 1 s between rounds is a busy newsroom.
    'think-ms': { type: 'string', default: '1000' },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const DESKS = Math.max(1, Math.min(CLIENTS, Number(args.desks)));
const THINK_MS = Number(args['think-ms']);
/** The drain after the deadline gives up after this long: the bench always ends. */
const DRAIN_LIMIT_MS = 60_000;

const round1 = (x: number) => Math.round(x * 10) / 10;
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

class TimedSession extends ServerSession {
  readonly #timings: Timings;
  constructor(client: pg.Client, timings: Timings) {
    super(client);
    this.#timings = timings;
  }
  override async push(ops: Parameters<ServerSession['push']>[0]) {
    const t = performance.now();
    const r = await super.push(ops);
    this.#timings.pushMs.push(performance.now() - t);
    return r;
  }
  override async pull(cursor: string, limit?: number): Promise<PullPage> {
    const t = performance.now();
    const page = await super.pull(cursor, limit);
    this.#timings.pullMs.push(performance.now() - t);
    this.#timings.rowsPulled += page.rows.length;
    return page;
  }
}

interface Client { login: string; desk: string; sync: BackgroundSync; timings: Timings; opIds: string[] }
interface Timings { pullMs: number[]; pushMs: number[]; rowsPulled: number }

// The cluster allows every client its own connection, plus the admin's; fsync stays on (unlike
// the test cluster) so commit cost is a real disk's.
const cluster = startThrowawayCluster({ max_connections: CLIENTS + 20, fsync: 'on', full_page_writes: 'on' });
const stop = () => cluster.stop();
process.on('SIGINT', () => { stop(); process.exit(130); });
process.on('SIGTERM', () => { stop(); process.exit(143); });

try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await applyServerMigrations(admin);
  const urlFor = (login: string) => { const u = new URL(cluster.url); u.username = login; return u.toString(); };
  const clients: Client[] = [];
  for (let d = 0; d < DESKS; d++) await addDesk(admin, `desk-${d}`, `Desk ${d}`);
  for (let i = 0; i < CLIENTS; i++) {
    const login = `reporter_${i}`;
    const desk = `desk-${i % DESKS}`;
    await addNewsroomUser(admin, { login, displayName: `Reporter ${i}`, desk, role: 'writer' });
    const timings: Timings = { pullMs: [], pushMs: [], rowsPulled: 0 };
    // The app's own loop (backgroundSync: outbox, history fetch, users list, backoff); the bench
    // drives its rounds with syncNow, so the poll interval is set past the run.
    const sync = startBackgroundSync({
      database: openSqliteDatabase(':memory:'),
      pollIntervalMs: 3_600_000,
      connect: async () => {
        const client = new pg.Client({ connectionString: urlFor(login) });
        await client.connect();
        return new TimedSession(client, timings);
      },
    });
    clients.push({ login, desk, sync, timings, opIds: [] });
  }
  console.log(`bench:server: ${CLIENTS} clients on ${DESKS} desks, ${SECONDS} s, think ${THINK_MS} ms; load average ${loadavg().map(round1).join(' ')}`);

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const queueSave = (c: Client, n: number) => {
    const store = c.sync.store;
    const before = new Set(store.db.all<{ op_id: string }>('SELECT op_id FROM sync_outbox').map((r) => r.op_id));
    c.sync.saveStory({ localId: 'draft', deskId: c.desk, title: `Story by ${c.login}`, document: [{ type: 'paragraph', id: 'p1', children: [{ text: `Edit ${n} by ${c.login}` }] }] });
    for (const r of store.db.all<{ op_id: string }>('SELECT op_id FROM sync_outbox')) if (!before.has(r.op_id)) c.opIds.push(r.op_id);
  };
  /** Rounds that ended offline: the loop would retry them after its backoff. */
  let failedRounds = 0;
  const syncRound = async (c: Client) => {
    await c.sync.syncNow();
    if (c.sync.state().kind === 'offline') failedRounds += 1;
  };
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(clients.map(async (c, i) => {
    await sleep((i / CLIENTS) * THINK_MS); // spread the first round over one think time
    for (let n = 0; performance.now() < deadline; n++) {
      queueSave(c, n);
      await syncRound(c); // a failed round leaves the op in the outbox for the drain
      await sleep(Math.random() * THINK_MS * 2);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;

  // Drain: every outbox to empty and every replica to the end, bounded.
  const drainStart = performance.now();
  await Promise.all(clients.map(async (c) => {
    while (performance.now() - drainStart < DRAIN_LIMIT_MS) {
      await syncRound(c);
      if (c.sync.state().kind === 'synced') return;
      await sleep(100);
    }
  }));

  const allOps = clients.flatMap((c) => c.opIds);
  const applied = (await admin.query<{ n: number }>('select count(*)::int as n from crosscheck.applied_ops where op_id = any($1::uuid[])', [allOps])).rows[0]!.n;
  const rejected = clients.reduce((n, c) => n + c.sync.store.rejectedOps().length, 0);
  const perDesk = new Map((await admin.query<{ desk_id: string; n: number }>(
    'select s.desk_id, count(*)::int as n from crosscheck.story_revisions r join crosscheck.stories s on s.id = r.story_id group by s.desk_id')).rows.map((r) => [r.desk_id, r.n]));
  const replicaGaps = clients.reduce((gaps, c) => {
    const local = c.sync.store.db.get<{ n: number }>('SELECT count(*) AS n FROM replica_revisions')!.n;
    return gaps + Math.max(0, (perDesk.get(c.desk) ?? 0) - local);
  }, 0);
  const pulls = clients.flatMap((c) => c.timings.pullMs);
  const pushes = clients.flatMap((c) => c.timings.pushMs);
  const rows = clients.reduce((n, c) => n + c.timings.rowsPulled, 0);
  const result = {
    clients: CLIENTS, desks: DESKS, seconds: round1(elapsed),
    opsQueued: allOps.length, opsApplied: applied, opsRejected: rejected,
    lostOps: allOps.length - applied + replicaGaps,
    throughput: { opsPerSecond: round1(applied / elapsed), pushesPerSecond: round1(pushes.length / elapsed), pullsPerSecond: round1(pulls.length / elapsed), rowsPulledPerSecond: round1(rows / elapsed) },
    pullMs: { p50: round1(percentile(pulls, 50)), p95: round1(percentile(pulls, 95)), max: round1(Math.max(...pulls)) },
    pushMs: { p50: round1(percentile(pushes, 50)), p95: round1(percentile(pushes, 95)), max: round1(Math.max(...pushes)) },
    roundFailures: failedRounds,
    drainSeconds: round1((performance.now() - drainStart) / 1000),
    loadAverage: loadavg().map(round1),
  };
  console.log(JSON.stringify(result, null, 2));
  await Promise.all(clients.map((c) => c.sync.stop()));
  await admin.end();
  if (result.lostOps !== 0) process.exitCode = 1;
} finally {
  stop();
}
