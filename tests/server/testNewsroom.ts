// A fresh database per test file on the throwaway cluster, migrated, with two desks and three
// people: alice (metro writer), edith (metro editor), bob (sport writer).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addDesk } from '../../electron/server/addDesk.ts';
import { addNewsroomUser } from '../../electron/server/addNewsroomUser.ts';
import { applyServerMigrations } from '../../electron/server/applyServerMigrations.ts';
import { ServerSession } from '../../electron/server/ServerSession.ts';

export interface TestNewsroom {
  /** The admin's URL for this file's database. */
  adminUrl: string;
  urlFor: (login: string) => string;
  /** A connection as login (trust auth on the private socket: no password needed). */
  connect: (login: string) => Promise<pg.Client>;
  session: (login: string) => Promise<ServerSession>;
  admin: pg.Client;
  close: () => Promise<void>;
}

export function testClusterUrl(): string {
  const url = process.env.CROSSCHECK_TEST_PG_URL;
  if (!url) throw new Error('CROSSCHECK_TEST_PG_URL is not set: run these tests with `npm run test:server`, which starts a throwaway PostgreSQL');
  return url;
}

export async function createTestNewsroom(): Promise<TestNewsroom> {
  const clusterUrl = testClusterUrl();
  const database = `cc_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const root = new pg.Client({ connectionString: clusterUrl });
  await root.connect();
  await root.query(`create database ${database}`);
  await root.end();

  const urlFor = (login: string) => {
    const u = new URL(clusterUrl);
    u.pathname = `/${database}`;
    u.username = login;
    return u.toString();
  };
  const adminUrl = urlFor(new URL(clusterUrl).username);
  const clients: pg.Client[] = [];
  const connect = async (login: string) => {
    const c = new pg.Client({ connectionString: urlFor(login) });
    await c.connect();
    clients.push(c);
    return c;
  };
  const admin = await connect(new URL(clusterUrl).username);
  await applyServerMigrations(admin);
  await addDesk(admin, 'metro', 'Metro');
  await addDesk(admin, 'sport', 'Sport');
  await addNewsroomUser(admin, { login: 'alice', displayName: 'Alice Ng', desk: 'metro', role: 'writer' });
  await addNewsroomUser(admin, { login: 'edith', displayName: 'Edith Park', desk: 'metro', role: 'editor' });
  await addNewsroomUser(admin, { login: 'bob', displayName: 'Bob Ruiz', desk: 'sport', role: 'writer' });
  return {
    adminUrl,
    urlFor,
    connect,
    session: async (login) => new ServerSession(await connect(login)),
    admin,
    close: async () => {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
      const r = new pg.Client({ connectionString: clusterUrl });
      await r.connect();
      await r.query(`drop database if exists ${database} with (force)`);
      await r.end();
    },
  };
}

/** Push operations with fresh ids, as a client's outbox would build them. */
export const newId = (): string => randomUUID();
