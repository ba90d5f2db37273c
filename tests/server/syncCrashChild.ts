// A desktop sync client as its own process, for the crash tests to SIGKILL. It syncs a library
// file until caught up and says on stdout what it is about to do ("push", "pull", "settled"),
// so the test can kill it in the middle of exactly that.
//   node --experimental-strip-types syncCrashChild.ts <library file> <server url> <pull page rows>
import pg from 'pg';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import { SqliteSyncStore } from '../../electron/server/SqliteSyncStore.ts';
import type { PullPage, PushOperation, PushResult } from '../../electron/server/syncProtocol.ts';
import { syncWithServer } from '../../electron/server/syncWithServer.ts';
import { migrate } from '../../electron/store/migrations.ts';
import { openSqliteDatabase } from '../../electron/store/sqliteDatabase.ts';

const [file, url, pageRows] = process.argv.slice(2);
const db = openSqliteDatabase(file!);
migrate(db);
const say = (line: string) => process.stdout.write(`${line}\n`);

class TellingStore extends SqliteSyncStore {
  override async settle(results: readonly PushResult[]): Promise<void> {
    await super.settle(results);
    say(`settled ${results.length} duplicates ${results.filter((r) => r.duplicate).length}`);
  }
}
class TellingSession extends ServerSession {
  override async push(ops: readonly PushOperation[]): Promise<PushResult[]> {
    say('push');
    return super.push(ops);
  }
  override async pull(cursor: string, limit?: number): Promise<PullPage> {
    say('pull');
    return super.pull(cursor, limit);
  }
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const store = new TellingStore(db);
const session = new TellingSession(client);
for (;;) {
  const report = await syncWithServer(session, store, Number(pageRows));
  if (report.caughtUp) break;
}
say('done');
await client.end();
db.close();
