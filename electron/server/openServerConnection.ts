// One connection to a newsroom server, as its PostgreSQL login.
//
// Client library: node-postgres (`pg`). It is the most used and longest maintained Node driver,
// pure JavaScript (nothing native to rebuild for Electron), speaks the extended protocol with
// parameters sent apart from SQL text, and supports unix sockets and TLS options. `postgres`
// (porsager) is faster on bulk work, which a sync client that sends small batches does not need.
//
// Main process only: the URL carries a password, so it never reaches the renderer; the
// renderer would ask the main process to sync, never hold a connection itself.
import pg from 'pg';
import { ServerError } from './ServerError.ts';

/** Long enough for a newsroom VPN at its worst; short enough that a wrong host fails visibly. */
const CONNECT_TIMEOUT_MS = 10_000;

export function parseServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServerError(`--url must be a PostgreSQL URL such as postgres://user@host/newsroom, not '${url}'`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ServerError(`--url must start with postgres:// or postgresql://, not '${parsed.protocol}//'`);
  }
  return url;
}

export async function openServerConnection(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: parseServerUrl(url),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'crosscheck',
  });
  try {
    await client.connect();
  } catch (err) {
    const e = err as Error & { code?: string };
    throw new ServerError(`cannot connect to the newsroom server (${redactPassword(url)}): ${e.message}`, e.code);
  }
  // An idle connection that the server or network drops must not crash the process.
  client.on('error', () => undefined);
  return client;
}

/** The URL as it may appear in a message or a log: any password replaced. */
export function redactPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
