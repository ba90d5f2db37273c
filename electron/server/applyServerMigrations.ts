// Bring a database's Crosscheck schema up to date. Safe to run again and from two terminals
// at once: an advisory lock serialises runners, applied versions are skipped, and all pending
// migrations commit together (PostgreSQL DDL is transactional), so a failure leaves no half schema.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { SERVER_MIGRATIONS, type ServerMigration } from './serverMigrations.ts';
import { ServerError } from './ServerError.ts';

/** Arbitrary but fixed: the advisory lock every `server init` takes (the bytes of "CCMI"). */
const MIGRATION_LOCK_KEY = 0x43434d49;

export interface MigrationReport {
  applied: number[];
  version: number;
}

function checksum(m: ServerMigration): string {
  return createHash('sha256').update(m.sql).digest('hex');
}

export async function applyServerMigrations(
  client: pg.ClientBase,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS,
): Promise<MigrationReport> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list is out of order at version ${m.version}`);
  });
  const applied: number[] = [];
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('create schema if not exists crosscheck');
    await client.query(`create table if not exists crosscheck.schema_migrations (
      version int primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`);
    const { rows } = await client.query<{ version: number; checksum: string }>(
      'select version, checksum from crosscheck.schema_migrations order by version');
    const known = new Map(rows.map((r) => [r.version, r.checksum]));
    const newest = rows.at(-1)?.version ?? 0;
    if (newest > migrations.length) {
      throw new ServerError(`this database is at schema version ${newest}, newer than this Crosscheck knows (${migrations.length}); run init from the newer version`);
    }
    for (const m of migrations) {
      const sum = checksum(m);
      const seen = known.get(m.version);
      if (seen !== undefined) {
        if (seen !== sum) throw new ServerError(`migration ${m.version} (${m.name}) differs from the one applied to this database; migrations must never be edited once released`);
        continue;
      }
      await client.query(m.sql);
      await client.query('insert into crosscheck.schema_migrations (version, name, checksum) values ($1, $2, $3)', [m.version, m.name, sum]);
      applied.push(m.version);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  return { applied, version: migrations.length };
}
