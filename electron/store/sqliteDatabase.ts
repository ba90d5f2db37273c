// The only module that knows the SQL driver. Everything else talks to `SqlDatabase`, so moving
// from node:sqlite to another driver means rewriting this file alone.
import type * as NodeSqlite from 'node:sqlite';
import type { DatabaseSync as DatabaseSyncType, SQLInputValue, StatementSync } from 'node:sqlite';

export type SqlValue = SQLInputValue;
export type SqlRow = Record<string, unknown>;

export interface SqlDatabase {
  exec(sql: string): void;
  run(sql: string, ...params: SqlValue[]): { changes: number };
  get<T extends SqlRow>(sql: string, ...params: SqlValue[]): T | undefined;
  all<T extends SqlRow>(sql: string, ...params: SqlValue[]): T[];
  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT; any throw rolls everything back. A nested call
   *  joins the outer transaction, so composite operations (seeding) are atomic as a whole. */
  transaction<T>(fn: () => T): T;
  pragma(name: string): unknown;
  /** An online copy to `file` through SQLite's backup API: consistent even while saves go on. */
  backupTo(file: string): Promise<void>;
  close(): void;
}

/** Loaded on first use rather than imported, so a runtime without node:sqlite reaches the app's
 *  startup error dialog with a sentence instead of failing to load the main bundle at all. */
function loadSqlite(): typeof NodeSqlite {
  const sqlite = process.getBuiltinModule('node:sqlite');
  if (!sqlite) throw new Error('This runtime has no built-in SQLite (Crosscheck needs Node 22.18 or later).');
  return sqlite;
}
function loadDriver(): typeof DatabaseSyncType {
  return loadSqlite().DatabaseSync;
}

/** Runs PRAGMA integrity_check (or the faster quick_check) on a library file through its own
 *  connection; returns SQLite's complaints, [] for a healthy file. A file SQLite cannot open at
 *  all (not a database, unreadable header) is a complaint too. */
export function checkSqliteFile(file: string, quick = false): string[] {
  const DatabaseSync = loadDriver();
  let db: DatabaseSyncType | undefined;
  try {
    db = new DatabaseSync(file);
    const rows = db.prepare(`PRAGMA ${quick ? 'quick_check' : 'integrity_check'}(20)`).all() as SqlRow[];
    const messages = rows.map((row) => String(Object.values(row)[0]));
    return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    if (db?.isOpen) db.close();
  }
}

/** `readOnly` opens a second connection beside the library's own; the file is in WAL mode
 *  already, which lets it read while the other connection commits. */
export function openSqliteDatabase(file: string, options: { readOnly?: boolean } = {}): SqlDatabase {
  const DatabaseSync = loadDriver();
  const readOnly = options.readOnly ?? false;
  const db = new DatabaseSync(file, { readOnly });
  if (!readOnly) {
    // WAL lets the reader pane read while a save commits; FULL makes a committed save survive a
    // power cut, which is the promise behind "a crash loses at most one second".
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
  }
  db.exec('PRAGMA busy_timeout = 5000');
  return wrapDatabaseSync(db);
}

/** The SqlDatabase face of a connection someone else opened (the sync engine is handed one). */
export function wrapDatabaseSync(db: DatabaseSyncType): SqlDatabase {
  const statements = new Map<string, StatementSync>();
  const prepare = (sql: string): StatementSync => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    exec: (sql) => db.exec(sql),
    run: (sql, ...params) => ({ changes: Number(prepare(sql).run(...params).changes) }),
    get: <T extends SqlRow>(sql: string, ...params: SqlValue[]) => prepare(sql).get(...params) as T | undefined,
    all: <T extends SqlRow>(sql: string, ...params: SqlValue[]) => prepare(sql).all(...params) as T[],
    transaction<T>(fn: () => T): T {
      if (db.isTransaction) return fn();
      db.exec('BEGIN IMMEDIATE');
      try {
        const value = fn();
        db.exec('COMMIT');
        return value;
      } catch (error) {
        // SQLite may have rolled back already (a full disk at COMMIT does); a ROLLBACK that fails
        // as well must not hide the error that says why, such as SQLITE_FULL.
        try {
          if (db.isTransaction) db.exec('ROLLBACK');
        } catch {
          // The original error below is the one the user needs.
        }
        throw error;
      }
    },
    pragma(name) {
      const row = db.prepare(`PRAGMA ${name}`).get() as SqlRow | undefined;
      return row ? Object.values(row)[0] : undefined;
    },
    async backupTo(file) {
      await loadSqlite().backup(db, file);
    },
    close() {
      statements.clear();
      if (db.isOpen) db.close();
    },
  };
}
