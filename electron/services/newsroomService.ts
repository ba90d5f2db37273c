// The desktop side of the newsroom server, as the UI uses it: the stored login, the sync state
// shown in the status bar, the shared library's search, the review queue, the story-level review
// actions and the editing lock. Every call opens its own short connection with the stored
// credentials (the password never leaves this process) and turns failures into sentences.
//
// The status bar's state is the sync engine's (electron/server/backgroundSync.ts, branch `sync`):
// its outbox, backoff and conflicts. The story-level review actions are still a stand-in that
// talks to the server directly, so they need it to be reachable: a story travels as its story
// package (document, sources, claim decisions, comments) in the body of a server revision, and
// the library remembers which server revision its copy is based on, so a newer version on the
// server is reported as a conflict, never overwritten. Moving them onto the outbox
// (queueStorySave, queueReviewEvent, queueClaimDecision) and the replica queries is the next step.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { checkServerConnection, describeFailure } from '../server/checkServerConnection.ts';
import { openServerConnection } from '../server/openServerConnection.ts';
import { startBackgroundSync } from '../server/backgroundSync.ts';
import { LOCK_QUIET_MS } from '../server/syncReplicaQueries.ts';
import type { BackgroundSync } from '../server/backgroundSync.ts';
import { connectionString } from '../server/serverCredentials.ts';
import type { CredentialStore, ServerCredentials } from '../server/serverCredentials.ts';
import { ServerError } from '../server/ServerError.ts';
import { ServerSession } from '../server/ServerSession.ts';
import { serverStoryId } from '../server/serverStoryId.ts';
import type { PushOperation, PushResult } from '../server/syncProtocol.ts';
import type {
  ConnectionCheck, NewsroomSettings, NewsroomSourceHit, NewsroomStory, QueueItem, StoryReviewAction, SyncStateView,
} from '../shared/newsroomContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { ClaimChecks } from './claimChecks.ts';
import { reviewStatus } from './reviewStatus.ts';
import { buildStoryPackage, importStoryPackage } from './storyPackage.ts';

/** app_state key prefix: the server revision a story's local copy was last sent as or opened from. */
const BASE_KEY = 'newsroom.base.';
const BODY_FORMAT = 'crosscheck-newsroom-revision';
/** app_state key: the desk this person last submitted to, for a submission made offline. */
const DESK_KEY = 'newsroom.desk';

export interface NewsroomService {
  settings(): NewsroomSettings;
  saveSettings(input: { url: string; user: string; password?: string | undefined }): NewsroomSettings;
  test(input: { url: string; user: string; password?: string | undefined }): Promise<ConnectionCheck>;
  state(): SyncStateView;
  onStateChange(listener: (state: SyncStateView) => void): () => void;
  syncNow(): Promise<SyncStateView>;
  searchSources(query: string): Promise<NewsroomSourceHit[]>;
  copySource(id: string, storyId: string | undefined): Promise<{ sourceId: string; title: string }>;
  reviewQueue(): Promise<QueueItem[]>;
  openStory(storyId: string): Promise<{ storyId: string }>;
  story(storyId: string, editing?: boolean): Promise<NewsroomStory>;
  reviewAction(storyId: string, action: StoryReviewAction, note: string | undefined): Promise<NewsroomStory>;
  takeOverLock(storyId: string): Promise<NewsroomStory>;
  stop(): Promise<void>;
}

export interface NewsroomServiceOptions {
  store: CrosscheckStore;
  credentials: CredentialStore;
  now?: () => number;
}

const NOT_SHARED: NewsroomStory = { shared: false, role: null, lastEvent: null, lock: null, newerOnServer: false };

export function createNewsroomService({ store, credentials, now = Date.now }: NewsroomServiceOptions): NewsroomService {
  const listeners = new Set<(state: SyncStateView) => void>();
  const checks = new ClaimChecks();
  /** The sync loop for the stored login; null while no server is set. */
  let sync: BackgroundSync | null = null;
  let unsubscribe: (() => void) | null = null;

  const publish = () => {
    const state = current();
    for (const listener of listeners) listener(state);
  };
  const current = (): SyncStateView => sync?.state() ?? { kind: 'off' };

  /** (Re)starts the sync loop with the stored login: after start-up and after every change. */
  function restartSync(): void {
    const previous = sync;
    unsubscribe?.();
    sync = null;
    unsubscribe = null;
    void previous?.stop();
    const login = credentials.load();
    if (login) {
      sync = startBackgroundSync({
        database: store.db,
        connect: async () => new ServerSession(await openServerConnection(connectionString(login))),
        now,
      });
      unsubscribe = sync.onStateChange(publish);
    }
    publish();
  }

  async function withSession<T>(work: (session: ServerSession, client: pg.Client) => Promise<T>): Promise<T> {
    const login = credentials.load();
    if (!login) throw new StoreError('offline', 'No newsroom server is set up. Add one in Preferences › Newsroom server.');
    let client: pg.Client;
    try {
      client = await openServerConnection(connectionString(login));
    } catch (error) {
      throw new StoreError('offline', describeFailure(error, login).message);
    }
    try {
      return await work(new ServerSession(client), client);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if (error instanceof ServerError && error.code === '42501') throw new StoreError('forbidden', `The newsroom server refused: ${error.message}.`);
      const failure = describeFailure(error, login);
      throw new StoreError(failure.problem === 'unreachable' ? 'offline' : 'internal', failure.message);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** Pushes ops one by one so each answer decides whether the next is sent. */
  async function pushOne(session: ServerSession, op: PushOperation): Promise<PushResult> {
    const [result] = await session.push([op]);
    if (!result) throw new StoreError('internal', 'The newsroom server did not answer the change.');
    if (result.status === 'rejected') {
      if (result.code === '55P03') throw new StoreError('conflict', 'Someone else is editing this story on the newsroom server. An editor can take it over.');
      const forbidden = result.code === '42501';
      throw new StoreError(forbidden ? 'forbidden' : 'invalid-request', `The newsroom server refused: ${result.error ?? 'no reason given'}.`);
    }
    return result;
  }

  async function describeStory(client: pg.Client, storyId: string): Promise<NewsroomStory> {
    const id = serverStoryId(storyId);
    const { rows } = await client.query<{ desk_id: string; head: string | null; role: 'writer' | 'editor' | null }>(
      'select desk_id, head_revision_id as head, crosscheck.desk_role(desk_id) as role from crosscheck.stories where id = $1', [id]);
    const row = rows[0];
    if (!row) return NOT_SHARED;
    const event = await client.query<{ kind: NewsroomStory['lastEvent'] extends infer E ? E extends { kind: infer K } ? K : never : never; by: string; at: Date; note: string }>(
      `select e.kind, coalesce(u.display_name, e.author) as by, e.created_at as at, e.note
         from crosscheck.review_events e left join crosscheck.users u on u.role_name = e.author
        where e.story_id = $1 order by e.change_seq desc limit 1`, [id]);
    const lock = await client.query<{ holder: string; name: string; expires: Date; acquired: Date }>(
      `select l.holder, coalesce(u.display_name, l.holder) as name, l.expires_at as expires, l.acquired_at as acquired
         from crosscheck.story_locks l left join crosscheck.users u on u.role_name = l.holder
        where l.story_id = $1 and not l.released and l.expires_at > now() and l.holder <> session_user`, [id]);
    const e = event.rows[0];
    const l = lock.rows[0];
    const base = store.getStateValue(BASE_KEY + storyId);
    return {
      shared: true,
      role: row.role,
      lastEvent: e ? { kind: e.kind, by: e.by, at: e.at.toISOString(), note: e.note } : null,
      // take_lock stamps acquired_at on every renewal, so it is the holder's last heartbeat.
      lock: l ? { holder: l.holder, holderName: l.name, expiresAt: l.expires.toISOString(), stale: now() - l.acquired.getTime() > LOCK_QUIET_MS } : null,
      newerOnServer: row.head !== null && row.head !== base,
    };
  }

  function rememberDesk(desks: readonly { id: string; role: 'writer' | 'editor' | null }[]): void {
    const desk = desks.find((d) => d.role === 'writer') ?? desks.find((d) => d.role !== null);
    if (desk) store.setStateValue(DESK_KEY, desk.id);
  }

  /** Submit for review while the server cannot be reached: the same ops the online path sends,
   *  queued in one local transaction, pushed in order when the sync loop next gets through. */
  async function queueSubmission(outbox: BackgroundSync, storyId: string, note: string | undefined): Promise<NewsroomStory> {
    const desk = store.getStateValue(DESK_KEY);
    if (typeof desk !== 'string') {
      throw new StoreError('offline', 'The newsroom server cannot be reached, and this computer has never been connected to it, so it does not know your desk yet. Submit once the status bar says Synced.');
    }
    const id = serverStoryId(storyId);
    const base = (store.getStateValue(BASE_KEY + storyId) as string | undefined) ?? null;
    const local = store.getStory(storyId);
    const status = await reviewStatus(store, storyId, checks);
    const body = { format: BODY_FORMAT, package: buildStoryPackage(store, storyId), summary: { blockers: status.summary.blockers.length, blockedBy: status.summary.blockedBy } };
    const revisionId = randomUUID();
    const ops: PushOperation[] = [];
    // No base: the server has never seen this story from here (a create it already has is refused, harmlessly).
    if (base === null) ops.push({ opId: randomUUID(), kind: 'create_story', args: { storyId: id, deskId: desk, slug: slugOf(local.title), title: local.title } });
    ops.push(
      { opId: randomUUID(), kind: 'add_revision', args: { revisionId, storyId: id, baseRevisionId: base, body } },
      { opId: randomUUID(), kind: 'add_review_event', args: { eventId: randomUUID(), storyId: id, revisionId, kind: 'submitted', ...(note ? { note } : {}) } },
      { opId: randomUUID(), kind: 'release_lock', args: { storyId: id } },
    );
    outbox.enqueue(ops);
    store.setStateValue(BASE_KEY + storyId, revisionId);
    return {
      shared: true, role: null, lock: null, newerOnServer: false,
      lastEvent: { kind: 'submitted', by: 'you', at: new Date(now()).toISOString(), note: note ?? '' },
      waitingToSend: true,
    };
  }

  restartSync();

  return {
    settings() {
      const login = credentials.load();
      return { url: login?.url ?? '', user: login?.user ?? '', hasPassword: (login?.password ?? '') !== '' };
    },
    saveSettings({ url, user, password }) {
      if (url === '') {
        credentials.clear();
        restartSync();
        return this.settings();
      }
      const kept = credentials.load();
      // No password given: keep the stored one, but only for the same login on the same server.
      const same = kept && kept.url === url && kept.user === user;
      credentials.save({ url, user, password: password ?? (same ? kept.password : '') });
      restartSync();
      return this.settings();
    },
    async test({ url, user, password }) {
      const kept = credentials.load();
      const login: ServerCredentials = { url, user, password: password ?? (kept && kept.url === url && kept.user === user ? kept.password : '') };
      const result = await checkServerConnection(login);
      if (result.ok) rememberDesk(result.desks);
      return result;
    },
    state: current,
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async syncNow() {
      await sync?.syncNow();
      return current();
    },
    searchSources: (query) =>
      withSession(async (session) => (await session.searchSources(query, 30)).map((hit) => ({
        id: hit.id, deskId: hit.desk_id, title: hit.title, snippet: headlineSegments(hit.snippet),
      }))),
    copySource: (id, storyId) =>
      withSession(async (_session, client) => {
        const { rows } = await client.query<{ title: string; body: string; published: Date | null; file_name: string | null }>(
          'select title, body, published, file_name from crosscheck.sources where id = $1', [id]);
        const row = rows[0];
        if (!row) throw new StoreError('not-found', 'That source is no longer in the newsroom library, or you may not see it.');
        const existing = store.findSourceWithSameText(row.body);
        if (existing) {
          if (storyId !== undefined) store.attachSource(storyId, existing.id);
          return { sourceId: existing.id, title: existing.title };
        }
        const published = row.published ? row.published.toISOString().slice(0, 10) : null;
        const created = store.createSource({ text: row.body, title: row.title, published, fileType: 'paste', fileName: row.file_name }, storyId);
        return { sourceId: created.id, title: created.title };
      }),
    reviewQueue: () =>
      withSession(async (_session, client) => {
        const { rows } = await client.query<{ id: string; desk_id: string; title: string; by: string; at: Date; body: unknown }>(
          `select s.id, s.desk_id, s.title, coalesce(u.display_name, e.author) as by, e.created_at as at, r.body
             from crosscheck.stories s
             join lateral (select * from crosscheck.review_events x where x.story_id = s.id order by x.change_seq desc limit 1) e on true
             join crosscheck.story_revisions r on r.id = e.revision_id
             left join crosscheck.users u on u.role_name = e.author
            where e.kind = 'submitted' and crosscheck.desk_role(s.desk_id) is not null
            order by e.created_at`);
        return rows.flatMap((row) => {
          const body = revisionBody(row.body);
          if (!body) return [];
          return [{
            serverId: row.id, storyId: body.package.story.id, title: body.package.story.title || row.title, deskId: row.desk_id,
            submittedBy: row.by, submittedAt: row.at.toISOString(), blockers: body.summary.blockers, blockedBy: body.summary.blockedBy,
          }];
        });
      }),
    openStory: (storyId) =>
      withSession(async (_session, client) => {
        const { rows } = await client.query<{ head: string | null; body: unknown }>(
          `select s.head_revision_id as head, r.body from crosscheck.stories s
             join crosscheck.story_revisions r on r.id = s.head_revision_id where s.id = $1`, [serverStoryId(storyId)]);
        const row = rows[0];
        const body = row ? revisionBody(row.body) : null;
        if (!row || !body) throw new StoreError('not-found', 'This story is not on the newsroom server, or you may not see it.');
        const imported = importStoryPackage(store, JSON.stringify(body.package), { onExisting: 'replace' });
        if (imported.status !== 'imported') throw new StoreError('conflict', 'The story could not be opened over your copy.');
        store.setStateValue(BASE_KEY + imported.storyId, row.head);
        // A submission queued offline may have landed beside a newer head (a conflict revision):
        // opening the newer version is how the person settles it; their copy is a deleted story.
        sync?.store.db.run('UPDATE sync_conflicts SET resolved_at = ? WHERE story_id = ? AND resolved_at IS NULL', new Date(now()).toISOString(), serverStoryId(imported.storyId));
        return { storyId: imported.storyId };
      }),
    story: (storyId, editing = false) => {
      if (!credentials.load()) return Promise.resolve(NOT_SHARED);
      return withSession(async (session, client) => {
        const seen = await describeStory(client, storyId);
        if (!editing || !seen.shared || seen.lock || seen.role === null) return seen;
        // Typing in a shared story holds its lock; take_lock renews it when already ours.
        await pushOne(session, { opId: randomUUID(), kind: 'take_lock', args: { storyId: serverStoryId(storyId) } });
        return seen;
      });
    },
    reviewAction: (storyId, action, note) => {
      const online = withSession(async (session, client) => {
        const id = serverStoryId(storyId);
        const hello = await session.hello();
        rememberDesk(hello.desks);
        const local = store.getStory(storyId);
        const { rows } = await client.query<{ head: string | null }>('select head_revision_id as head from crosscheck.stories where id = $1', [id]);
        if (!rows[0]) {
          if (action !== 'submit') throw new StoreError('not-found', 'This story has not been submitted for review yet.');
          const desk = hello.desks.find((d) => d.role === 'writer') ?? hello.desks.find((d) => d.role !== null);
          if (!desk) throw new StoreError('forbidden', 'You are on no desk of this newsroom server, so you cannot submit stories to it.');
          await pushOne(session, { opId: randomUUID(), kind: 'create_story', args: { storyId: id, deskId: desk.id, slug: slugOf(local.title), title: local.title } });
        }
        const head = rows[0]?.head ?? null;
        const holder = rows[0] ? (await describeStory(client, storyId)).lock : null;
        if (holder) throw new StoreError('conflict', `${holder.holderName} is editing this story. ${action === 'submit' ? 'Wait until they are done' : 'Take it over first'}, so neither of you loses work.`);
        const base = (store.getStateValue(BASE_KEY + storyId) as string | undefined) ?? null;
        if (head !== null && head !== base) {
          throw new StoreError('conflict', 'Someone saved a newer version of this story on the newsroom server. Open it from the review queue first; your copy is kept as a deleted story you can restore.');
        }
        const status = await reviewStatus(store, storyId, checks);
        const body = {
          format: BODY_FORMAT,
          package: buildStoryPackage(store, storyId),
          summary: { blockers: status.summary.blockers.length, blockedBy: status.summary.blockedBy },
        };
        const revisionId = randomUUID();
        const pushed = await pushOne(session, { opId: randomUUID(), kind: 'add_revision', args: { revisionId, storyId: id, baseRevisionId: head, body } });
        if (pushed.status === 'conflict') throw new StoreError('conflict', 'Someone saved a newer version of this story on the newsroom server a moment ago. Open it from the review queue first.');
        if (pushed.status === 'locked') throw new StoreError('conflict', 'Someone else is editing this story on the newsroom server.');
        store.setStateValue(BASE_KEY + storyId, revisionId);
        const kind = action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'changes_requested';
        await pushOne(session, { opId: randomUUID(), kind: 'add_review_event', args: { eventId: randomUUID(), storyId: id, revisionId, kind, ...(note ? { note } : {}) } });
        // The decision hands the story on: whoever made it stops holding it.
        await pushOne(session, { opId: randomUUID(), kind: 'release_lock', args: { storyId: id } });
        return describeStory(client, storyId);
      });
      // A writer's submission does not wait for the network: offline, it goes into the sync
      // engine's outbox. An editor's decision is made on what they see, so it needs the server.
      return online.catch((error: unknown) => {
        if (!(error instanceof StoreError && error.code === 'offline' && action === 'submit' && sync)) throw error;
        return queueSubmission(sync, storyId, note);
      });
    },
    takeOverLock: (storyId) =>
      withSession(async (session, client) => {
        const id = serverStoryId(storyId);
        await pushOne(session, { opId: randomUUID(), kind: 'release_lock', args: { storyId: id } });
        const taken = await pushOne(session, { opId: randomUUID(), kind: 'take_lock', args: { storyId: id } });
        if (taken.status === 'locked') throw new StoreError('conflict', 'Only an editor on the story’s desk can take over the lock.');
        return describeStory(client, storyId);
      }),
    async stop() {
      listeners.clear();
      unsubscribe?.();
      await sync?.stop();
      sync = null;
    },
  };
}

interface RevisionBody {
  package: { story: { id: string; title: string } };
  summary: { blockers: number; blockedBy: string };
}

/** A revision body this module wrote; null for one in another shape (the sync engine's). */
function revisionBody(raw: unknown): RevisionBody | null {
  const body = raw as Partial<RevisionBody & { format: string }> | null;
  if (!body || body.format !== BODY_FORMAT || typeof body.package?.story?.id !== 'string' || typeof body.summary?.blockers !== 'number') return null;
  return body as RevisionBody;
}

function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
}

/** ts_headline marks matches with <b>…</b>; split on those into plain segments, so no server
 *  text is ever treated as HTML. Any other tag-looking text stays text. */
export function headlineSegments(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = /<b>(.*?)<\/b>/gs;
  let last = 0;
  for (let m = pattern.exec(headline); m; m = pattern.exec(headline)) {
    if (m.index > last) parts.push({ text: headline.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < headline.length) parts.push({ text: headline.slice(last), match: false });
  return parts;
}
