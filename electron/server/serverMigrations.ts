// The server schema's migrations, oldest first. `crosscheck server init` applies those a
// database lacks; each is applied once, in its own transaction, and never edited afterwards.
import { m001NewsroomSchema } from './migrations/m001NewsroomSchema.ts';

export interface ServerMigration {
  /** 1, 2, 3…: consecutive, so a gap in a database's history is visible. */
  version: number;
  name: string;
  sql: string;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [m001NewsroomSchema];
