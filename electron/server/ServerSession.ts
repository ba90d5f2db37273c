// A signed-in user's calls to the newsroom server: hello, push, pull, search. Each is one SQL
// function call; all the rules (who may write what, idempotence, pull's xmin bound) are in
// the database, so this wrapper only shapes values and turns server errors into plain ones.
import type pg from 'pg';
import { ServerError } from './ServerError.ts';
import { CLIENT_TOO_OLD, SERVER_TOO_OLD, SYNC_PROTOCOL_VERSION, type PullPage, type PushOperation, type PushResult } from './syncProtocol.ts';

export interface HelloReply {
  protocol: number;
  user: string;
  desks: { id: string; name: string; role: 'writer' | 'editor' }[];
}

export interface SourceHit {
  id: string;
  desk_id: string;
  title: string;
  rank: number;
  snippet: string;
}

export interface StoryHistory {
  story: Record<string, unknown> | null;
  revisions: Record<string, unknown>[];
  reviewEvents: Record<string, unknown>[];
  comments: Record<string, unknown>[];
  lock: Record<string, unknown> | null;
}

export class ServerSession {
  readonly #client: pg.ClientBase;
  readonly #protocol: number;

  /** protocol is for tests that play an older client; the app always speaks its own. */
  constructor(client: pg.ClientBase, protocol: number = SYNC_PROTOCOL_VERSION) {
    this.#client = client;
    this.#protocol = protocol;
  }

  /** End the connection (a pg.Client; a pooled client is the pool's to release, so left alone). */
  async close(): Promise<void> {
    const end = (this.#client as { end?: () => Promise<void> }).end;
    if (typeof end === 'function') await end.call(this.#client);
  }

  async hello(): Promise<HelloReply> {
    return this.#call<HelloReply>('select crosscheck.hello($1) as r', [this.#protocol]);
  }

  async push(ops: readonly PushOperation[]): Promise<PushResult[]> {
    const reply = await this.#call<{ results: PushResult[] }>('select crosscheck.push($1, $2::jsonb) as r', [this.#protocol, JSON.stringify(ops)]);
    return reply.results;
  }

  async pull(cursor: string, limit?: number): Promise<PullPage> {
    return limit === undefined
      ? this.#call<PullPage>('select crosscheck.pull($1, $2) as r', [this.#protocol, cursor])
      : this.#call<PullPage>('select crosscheck.pull($1, $2, $3) as r', [this.#protocol, cursor, limit]);
  }

  /** A story with all its revisions, review events, comments and lock; story is null when hidden. */
  async storyHistory(storyId: string): Promise<StoryHistory> {
    return this.#call<StoryHistory>('select crosscheck.story_history($1, $2) as r', [this.#protocol, storyId]);
  }

  /** Every colleague's login and display name (readable newsroom-wide, for bylines). */
  async users(): Promise<{ role_name: string; display_name: string }[]> {
    try {
      const { rows } = await this.#client.query<{ role_name: string; display_name: string }>(
        'select role_name::text as role_name, display_name from crosscheck.users order by role_name');
      return rows;
    } catch (err) {
      throw toServerError(err);
    }
  }

  async searchSources(query: string, limit = 20): Promise<SourceHit[]> {
    try {
      const { rows } = await this.#client.query<SourceHit>('select * from crosscheck.search_sources($1, $2, $3)', [this.#protocol, query, limit]);
      return rows;
    } catch (err) {
      throw toServerError(err);
    }
  }

  async #call<T>(sql: string, params: unknown[]): Promise<T> {
    try {
      const { rows } = await this.#client.query<{ r: T }>(sql, params);
      return rows[0]!.r;
    } catch (err) {
      throw toServerError(err);
    }
  }
}

/** A PostgreSQL error as a message for the user, with the server's hint when it gave one. */
export function toServerError(err: unknown): ServerError {
  const e = err as Error & { code?: string; hint?: string };
  if (e.code === CLIENT_TOO_OLD || e.code === SERVER_TOO_OLD) {
    return new ServerError(`${e.message}. ${e.hint ?? ''}`.trim(), e.code);
  }
  if (e.code === '42883' || e.code === '3F000' || e.code === '42P01') {
    return new ServerError('this database has no Crosscheck schema; run "crosscheck server init --url …" first', e.code);
  }
  return new ServerError(e.hint ? `${e.message} (${e.hint})` : e.message, e.code);
}
