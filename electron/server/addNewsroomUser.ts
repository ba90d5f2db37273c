// Admin: give a person a login and a place on a desk. Each person is their own PostgreSQL
// role, so session_user names them and the server's row-level security applies to them; a
// shared login would make every revision's author the same and every desk visible to all.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { ServerError } from './ServerError.ts';

/** Role names as PostgreSQL writes them unquoted: lowercase, at most 63 bytes. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** 18 random bytes: 24 base64url characters, well past guessing over a network. */
const GENERATED_PASSWORD_BYTES = 18;

export interface NewsroomUser {
  login: string;
  displayName: string;
  desk: string;
  role: 'writer' | 'editor';
}

export interface AddedUser {
  /** Set only when the login was created now: shown once, then only its hash is kept. */
  password?: string;
}

export async function addNewsroomUser(client: pg.ClientBase, user: NewsroomUser): Promise<AddedUser> {
  if (!ROLE_NAME.test(user.login)) throw new ServerError(`login '${user.login}' must be lowercase letters, digits and _ (a PostgreSQL role name), such as 'alice'`);
  if (user.role !== 'writer' && user.role !== 'editor') throw new ServerError(`--role must be 'writer' or 'editor', not '${String(user.role)}'`);
  const result: AddedUser = {};
  await client.query('begin');
  try {
    const desk = await client.query('select 1 from crosscheck.desks where id = $1', [user.desk]);
    if (desk.rowCount === 0) throw new ServerError(`there is no desk '${user.desk}'; add it first with "crosscheck server add-desk"`);
    const role = await client.query('select 1 from pg_roles where rolname = $1', [user.login]);
    const ident = client.escapeIdentifier(user.login);
    if (role.rowCount === 0) {
      result.password = randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
      // DDL takes no bind parameters; the name passed ROLE_NAME and both values are escaped.
      await client.query(`create role ${ident} login password ${client.escapeLiteral(result.password)}`);
    }
    await client.query(`grant crosscheck_user to ${ident}`);
    await client.query(
      `insert into crosscheck.users (role_name, display_name) values ($1, $2)
       on conflict (role_name) do update set display_name = excluded.display_name`,
      [user.login, user.displayName]);
    await client.query(
      `insert into crosscheck.desk_members (desk_id, role_name, role) values ($1, $2, $3)
       on conflict (desk_id, role_name) do update set role = excluded.role`,
      [user.desk, user.login, user.role]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  return result;
}
