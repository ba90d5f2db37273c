// Test connection in Preferences › Newsroom server: connect, say hello, and when that fails name
// which side has to change — the address (unreachable), the login (bad password), the database,
// or one of the two programs (protocol too old on this side or the server's).
import type { ConnectionCheck, ConnectionProblem } from '../shared/newsroomContract.ts';
import { openServerConnection, parseServerUrl } from './openServerConnection.ts';
import { connectionString } from './serverCredentials.ts';
import type { ServerCredentials } from './serverCredentials.ts';
import { ServerError } from './ServerError.ts';
import { ServerSession } from './ServerSession.ts';
import { CLIENT_TOO_OLD, SERVER_TOO_OLD } from './syncProtocol.ts';

export async function checkServerConnection(credentials: ServerCredentials): Promise<ConnectionCheck> {
  try {
    parseServerUrl(credentials.url);
  } catch {
    return problem('bad-address', 'The address must start with postgres:// (for example postgres://newsroom.example.org/crosscheck).');
  }
  if (credentials.user === '') return problem('bad-login', 'Enter the user name your newsroom admin gave you.');
  let client;
  try {
    client = await openServerConnection(connectionString(credentials));
  } catch (error) {
    return describeFailure(error, credentials);
  }
  try {
    const hello = await new ServerSession(client).hello();
    const { rows } = await client.query<{ display_name: string }>('select display_name from crosscheck.users where role_name = session_user');
    const desks = hello.desks.map((d) => ({ id: d.id, name: d.name, role: d.role ?? null }));
    if (!desks.some((d) => d.role !== null)) {
      return problem('not-a-member', `Signed in as ${hello.user}, but you are on no desk yet. Ask your newsroom admin to add you to one (crosscheck server add-user).`);
    }
    return { ok: true, user: hello.user, displayName: rows[0]?.display_name ?? hello.user, protocol: hello.protocol, desks };
  } catch (error) {
    return describeFailure(error, credentials);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A failed connect or hello, as the problem the person can act on. */
export function describeFailure(error: unknown, credentials: Pick<ServerCredentials, 'url' | 'user'>): ConnectionCheck & { ok: false } {
  const code = error instanceof ServerError ? (error.code ?? '') : ((error as { code?: string }).code ?? '');
  const detail = error instanceof Error ? error.message : String(error);
  // 28P01 wrong password; 28000 no such role or pg_hba refuses it: both are the login's fault.
  if (code === '28P01' || code === '28000') {
    return problem('bad-login', `The server refused the user name or password for “${credentials.user}”. Check both, or ask your newsroom admin to reset the password.`);
  }
  if (code === '3D000') return problem('no-database', `The server has no database by that name (${databaseName(credentials.url)}). Check the end of the address.`);
  if (code === CLIENT_TOO_OLD) return problem('app-too-old', 'The newsroom server needs a newer Crosscheck. Update Crosscheck on this computer.');
  if (code === SERVER_TOO_OLD) return problem('server-too-old', 'The newsroom server runs an older Crosscheck protocol than this app. Ask your newsroom admin to update the server (crosscheck server init).');
  if (code === '42883' || code === '3F000' || code === '42P01') {
    return problem('no-schema', 'That database is not a Crosscheck newsroom server yet. Ask your newsroom admin to run “crosscheck server init”.');
  }
  // No SQLSTATE but a socket code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, EPIPE) or none: the socket
  // never got an answer. 08xxx and 57P are the server going away mid-connect.
  const sqlState = /^[0-9A-Z]{5}$/.test(code) && !/^E[A-Z]+$/.test(code);
  if (!sqlState || /^(08|57P)/.test(code)) {
    return problem('unreachable', `The newsroom server did not answer at ${hostOf(credentials.url)}. Check the address and your network; your work is saved on this computer meanwhile.`);
  }
  return problem('other', `The newsroom server answered with an error: ${detail}`);
}

function problem(kind: ConnectionProblem, message: string): ConnectionCheck & { ok: false } {
  return { ok: false, problem: kind, message };
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get('host');
    return socket ?? (parsed.host || 'that address');
  } catch {
    return 'that address';
  }
}

function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || 'none given';
  } catch {
    return 'none given';
  }
}
