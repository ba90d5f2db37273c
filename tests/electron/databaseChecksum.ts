// A fingerprint of everything a library holds: every table (FTS shadow tables included), every
// row, in a canonical order, plus the schema version. Equal checksums mean nothing was written.
import { createHash } from 'node:crypto';
import type { SqlDatabase } from '../../electron/store/sqliteDatabase.ts';

export function databaseChecksum(db: SqlDatabase): string {
  const hash = createHash('sha256');
  hash.update(`user_version=${String(db.pragma('user_version'))}\n`);
  const tables = db.all<{ name: string; sql: string | null }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  for (const { name, sql } of tables) {
    hash.update(`table ${name} ${sql ?? ''}\n`);
    const rows = db.all(`SELECT * FROM "${name.replaceAll('"', '""')}"`).map((row) =>
      JSON.stringify(row, (_key, value: unknown) =>
        value instanceof Uint8Array ? `hex:${Buffer.from(value).toString('hex')}` : typeof value === 'bigint' ? `big:${value}` : value,
      ),
    );
    for (const row of rows.sort()) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}
