// `crosscheck server …`: the admin's commands for a newsroom server. Each takes the server's
// URL from --url or CROSSCHECK_SERVER_URL (the variable keeps a password out of shell history)
// and connects as the admin login, which must be able to create roles (a superuser, or the
// database owner with CREATEROLE).
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { addDesk } from './addDesk.ts';
import { addNewsroomUser } from './addNewsroomUser.ts';
import { applyServerMigrations } from './applyServerMigrations.ts';
import { openServerConnection, redactPassword } from './openServerConnection.ts';
import { ServerError } from './ServerError.ts';
import { toServerError } from './ServerSession.ts';

export const SERVER_USAGE = `Usage:
  crosscheck server init --url postgres://ADMIN@HOST/DB
  crosscheck server add-desk --url … --id metro --name "Metro desk"
  crosscheck server add-user --url … --login alice --desk metro [--role writer|editor] [--name "Alice Ng"]

init applies the schema's migrations the database lacks (running it again is harmless).
add-user creates the PostgreSQL login if it is new and prints its password once; run it again
to put the same person on another desk. --url may be left out when CROSSCHECK_SERVER_URL is set.
`;

export interface ServerCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Values = { url?: string; id?: string; name?: string; login?: string; desk?: string; role?: string; help?: boolean };

const COMMANDS: Record<string, (client: pg.Client, v: Values, io: ServerCommandIo) => Promise<void>> = {
  async init(client, _v, io) {
    const report = await applyServerMigrations(client);
    io.out(report.applied.length === 0
      ? `crosscheck server: schema already at version ${report.version}; nothing to do\n`
      : `crosscheck server: applied migration${report.applied.length === 1 ? '' : 's'} ${report.applied.join(', ')}; schema at version ${report.version}\n`);
  },
  async 'add-desk'(client, v, io) {
    const id = required(v.id, '--id');
    await addDesk(client, id, required(v.name, '--name'));
    io.out(`crosscheck server: desk '${id}' ready\n`);
  },
  async 'add-user'(client, v, io) {
    const login = required(v.login, '--login');
    const desk = required(v.desk, '--desk');
    const role = (v.role ?? 'writer') as 'writer' | 'editor';
    const added = await addNewsroomUser(client, { login, desk, role, displayName: v.name ?? login });
    io.out(`crosscheck server: ${login} is a${role === 'editor' ? 'n editor' : ' writer'} on desk '${desk}'\n`);
    if (added.password) io.out(`new login created; its password, shown only now: ${added.password}\n`);
  },
};

export async function runServerCommand(argv: readonly string[], io: ServerCommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(SERVER_USAGE);
    return sub === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, sub) ? COMMANDS[sub] : undefined;
  if (!command) throw new ServerError(`unknown server command '${sub}' (expected ${Object.keys(COMMANDS).join(', ')})`);
  let values: Values;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        url: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' }, login: { type: 'string' },
        desk: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new ServerError(`${(err as Error).message.replace(/\. To specify.*$/s, '')} (see crosscheck server --help)`);
  }
  if (values.help) {
    io.out(SERVER_USAGE);
    return 0;
  }
  const url = values.url ?? process.env.CROSSCHECK_SERVER_URL;
  if (!url) throw new ServerError(`server ${sub} needs --url postgres://… (or CROSSCHECK_SERVER_URL)`);
  const client = await openServerConnection(url);
  try {
    await command(client, values, io);
  } catch (err) {
    if (err instanceof ServerError) throw err;
    const e = toServerError(err);
    throw new ServerError(`${redactPassword(url)}: ${e.message}`, e.code);
  } finally {
    await client.end().catch(() => undefined);
  }
  return 0;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new ServerError(`this command needs ${flag}`);
  return value;
}
