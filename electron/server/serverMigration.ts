// The shape of one server schema migration. Its own module so the migration files and the list
// that gathers them (serverMigrations.ts) don't import each other.

export interface ServerMigration {
  /** 1, 2, 3…: consecutive, so a gap in a database's history is visible. */
  version: number;
  name: string;
  sql: string;
}
