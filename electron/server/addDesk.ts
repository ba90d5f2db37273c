// Admin: create a desk, or rename an existing one. Run with the admin's own login (the role
// that ran `server init`), never through push(): users cannot create desks.
import type pg from 'pg';
import { ServerError } from './ServerError.ts';

/** Desk ids appear in URLs and CLI flags: lowercase letters, digits and hyphens (as the schema checks). */
const DESK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export async function addDesk(client: pg.ClientBase, id: string, name: string): Promise<void> {
  if (!DESK_ID.test(id)) throw new ServerError(`desk id '${id}' must be lowercase letters, digits and hyphens (at most 40), such as 'metro'`);
  if (name.trim() === '') throw new ServerError('a desk needs a name');
  await client.query(
    'insert into crosscheck.desks (id, name) values ($1, $2) on conflict (id) do update set name = excluded.name',
    [id, name.trim()]);
}
