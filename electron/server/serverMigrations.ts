// The server schema's migrations, oldest first. `crosscheck server init` applies those a
// database lacks; each is applied once, in its own transaction, and never edited afterwards.
import { m001NewsroomSchema } from './migrations/m001NewsroomSchema.ts';
import { m002LockHeartbeat } from './migrations/m002LockHeartbeat.ts';
import type { ServerMigration } from './serverMigration.ts';

export type { ServerMigration } from './serverMigration.ts';

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [m001NewsroomSchema, m002LockHeartbeat];
