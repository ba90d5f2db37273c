// The desktop side of the newsroom server, as the UI uses it: the stored login, the sync state
// shown in the status bar, the shared library's search, the review queue, the story-level review
// actions, conflicts and their merge, and the editing lock.
//
// Everything about stories goes through the sync engine (electron/server/backgroundSync.ts): a
// story is linked to its server story in the engine's link table once it is submitted (or first
// pulled: a colleague's story gets a local copy under its server id), and from then on every local
// save queues a revision on the link's base revision, and Submit / Send back / Approve queue a
// revision and a review event. All of it is written to the outbox in one local transaction, so it
// works offline ("Offline, N changes waiting") and reaches the server on reconnect. A review
// action's revision carries the whole story package (document, sources, claim decisions,
// comments: revisionDocument.ts), so the editor who opens the story from the queue has what they
// need to review it, and the writer gets the editor's decisions back when the pull brings the
// send-back. A save based on a revision that is no longer the server's head comes back as a
// conflict; the story then shows a three-way merge per top-level block (storyConflict) and the
// writer's picks are queued as a revision on the server's head. A claim decision on a linked
// story is queued as an event too (queueClaimDecision), and the review status marks a claim
// disputed while two people's latest decisions differ. The editing lock is the engine's: holdLock
// takes it at the first edit, renews it on the engine's heartbeat and releases it when the story
// closes or is handed on. What the UI reads (the queue, where a story stands, who holds its lock)
// comes from the local replica, so it answers offline. Only Test connection and the shared
// library's search and copy talk to the server directly.
import type pg from 'pg';
import {
  applyMergeChoices, canonicalJson, storyBlocks, textOf, type MergeBlock, type MergeChoice, type MergeConflict, type ReviewState, type StoryNodeLike, type TextAnchor,
} from '../../core/index.ts';
import { checkServerConnection, describeFailure } from '../server/checkServerConnection.ts';
import { openServerConnection } from '../server/openServerConnection.ts';
import { startBackgroundSync } from '../server/backgroundSync.ts';
import type { BackgroundSync } from '../server/backgroundSync.ts';
import { queueClaimDecision, queueReviewEvent, type StoryReviewKind } from '../server/reviewSyncOps.ts';
import { REVIEW_REVISION_FORMAT, reviewRevisionBody, revisionDocument, type ReviewRevisionBody } from '../server/revisionDocument.ts';
import { connectionString } from '../server/serverCredentials.ts';
import type { CredentialStore, ServerCredentials } from '../server/serverCredentials.ts';
import { ServerError } from '../server/ServerError.ts';
import { ServerSession } from '../server/ServerSession.ts';
import { claimDecisions, displayName, lockHolder, reviewEvents, reviewQueue, storyConflict, type StoryConflict } from '../server/syncReplicaQueries.ts';
import type { PushOperation } from '../server/syncProtocol.ts';
import type {
  ConnectionCheck, MergeBlockView, NewsroomSettings, NewsroomSourceHit, NewsroomStory, QueueItem, StoryConflictView, StoryReviewAction, SyncStateView,
} from '../shared/newsroomContract.ts';
import type { ReviewStatus } from '../shared/reviewContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { ClaimChecks } from './claimChecks.ts';
import { reviewStatus } from './reviewStatus.ts';
import { buildStoryPackage, mergePackageReview, PackageError } from './storyPackage.ts';
import type { StoryPackage } from './storyPackageSchema.ts';

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
  /** By server id: the story's local id once it is in this library, with its review. */
  openStory(serverId: string): Promise<{ storyId: string }>;
  story(storyId: string): Promise<NewsroomStory>;
  /**
   * Start (hold true) or stop holding a linked story's editing lock: the sync engine takes it,
   * renews it every LOCK_HEARTBEAT_MS and releases it when let go. Returns whether it is held.
   */
  holdLock(storyId: string, hold: boolean): boolean;
  reviewAction(storyId: string, action: StoryReviewAction, note: string | undefined): Promise<NewsroomStory>;
  takeOverLock(storyId: string): Promise<NewsroomStory>;
  /** The library saved this story: a linked story's save is queued as a server revision. */
  noteLocalSave(storyId: string): void;
  conflict(storyId: string): StoryConflictView | null;
  /** A claim decision recorded here: on a linked story it is also queued as an event, and sent
   *  at once when the server answers (so the review computed next shows the others' positions). */
  noteClaimDecision(storyId: string, decision: { anchor: TextAnchor; state: ReviewState; note: string }): Promise<void>;
  /** The review status with each disputed claim's positions (from the replica) filled in. */
  withDisputes(status: ReviewStatus): ReviewStatus;
  resolveConflict(storyId: string, choices: Readonly<Record<string, MergeChoice>>): Promise<NewsroomStory>;
  stop(): Promise<void>;
}

export interface NewsroomServiceOptions {
  store: CrosscheckStore;
  credentials: CredentialStore;
  now?: () => number;
  /** Tests shorten it; the app keeps SERVER_SAVE_DELAY_MS. */
  serverSaveDelayMs?: number;
  /** Tests shorten the lock heartbeat; the app keeps the engine's LOCK_HEARTBEAT_MS. */
  lockHeartbeatMs?: number;
}

/** app_state key: the desks (and this person's role on each) from the last hello. */
const DESKS_KEY = 'newsroom.desks';
/**
 * How long after a local save of a linked story its server revision is queued. The editor saves
 * 700 ms after typing stops; a revision per pause would put dozens an hour on the server and in
 * an offline outbox. Five seconds keeps a paragraph's worth of typing to one revision while a
 * colleague still sees it within a poll (15 s).
 */
export const SERVER_SAVE_DELAY_MS = 5_000;
/**
 * How long a review action waits for its ops to reach the server before answering: online the
 * strip then shows the server's answer at once; offline (or slow) it says "waiting to be sent".
 */
const SEND_WAIT_MS = 4_000;

const NOT_SHARED: NewsroomStory = { shared: false, role: null, lastEvent: null, lock: null, conflict: false, serverChanges: 0 };
const EVENT_KINDS: Record<StoryReviewAction, StoryReviewKind> = { submit: 'submitted', approve: 'approved', 'send-back': 'changes_requested' };

type DeskRole = { id: string; role: 'writer' | 'editor' | null };

export function createNewsroomService({ store, credentials, now = Date.now, serverSaveDelayMs = SERVER_SAVE_DELAY_MS, lockHeartbeatMs }: NewsroomServiceOptions): NewsroomService {
  const listeners = new Set<(state: SyncStateView) => void>();
  const checks = new ClaimChecks();
  /** The sync loop for the stored login; null while no server is set. */
  let sync: BackgroundSync | null = null;
  let unsubscribe: (() => void) | null = null;
  /** Local stories a pull changed, and how often (the editor reloads on a new count). */
  const serverChanges = new Map<string, number>();
  /** Saves waiting SERVER_SAVE_DELAY_MS before they are queued, by local story id. */
  const pendingSaves = new Map<string, ReturnType<typeof setTimeout>>();
  /** Editing locks the engine is holding (renewing), by local story id: the call that lets go. */
  const heldLocks = new Map<string, () => void>();
  /** The login the running sync loop uses. */
  let syncUser: string | null = null;

  const publish = () => {
    const state = current();
    for (const listener of listeners) listener(state);
  };
  const current = (): SyncStateView => {
    const state = sync?.state() ?? { kind: 'off' as const };
    if (state.kind !== 'conflict' || !sync) return state;
    // Which stories: the engine counts conflicts by server story; the person knows them by title.
    const stories = sync.store.db.all<{ id: string; title: string }>(
      `SELECT DISTINCT s.id, s.title FROM sync_conflicts c JOIN sync_story_links l ON l.server_id = c.story_id
         JOIN stories s ON s.id = l.local_id WHERE c.resolved_at IS NULL AND s.deleted_at IS NULL ORDER BY s.title LIMIT 20`);
    return { ...state, stories };
  };

  function rememberDesks(desks: readonly DeskRole[]): void {
    store.setStateValue(DESKS_KEY, desks.map((d) => ({ id: d.id, role: d.role })));
  }
  function knownDesks(): DeskRole[] {
    const desks = store.getStateValue(DESKS_KEY);
    return Array.isArray(desks) ? (desks as DeskRole[]) : [];
  }

  /** (Re)starts the sync loop with the stored login: after start-up and after every change. */
  function restartSync(): void {
    const previous = sync;
    unsubscribe?.();
    sync = null;
    unsubscribe = null;
    // Stopping first ends the old loop's lock renewals without queueing releases: the same person
    // (a corrected address, say) keeps holding the stories they have open, on the new loop.
    void previous?.stop();
    const holding = [...heldLocks.keys()];
    letGoOfLocks();
    const login = credentials.load();
    const samePerson = login !== null && login.user === syncUser;
    syncUser = login?.user ?? null;
    if (login) {
      const engine = startBackgroundSync({
        database: store.db,
        connect: async () => {
          const session = new ServerSession(await openServerConnection(connectionString(login)));
          // Every connection says hello first: the protocol check, and this person's desks and roles.
          try {
            rememberDesks((await session.hello()).desks);
          } catch (error) {
            await session.close().catch(() => undefined);
            throw error;
          }
          return session;
        },
        now,
        ...(lockHeartbeatMs !== undefined ? { lockHeartbeatMs } : {}),
      });
      const offState = engine.onStateChange(publish);
      const offStories = engine.onStoriesChanged((localIds) => {
        for (const localId of localIds) {
          bringReviewAlong(engine, localId);
          serverChanges.set(localId, (serverChanges.get(localId) ?? 0) + 1);
        }
      });
      unsubscribe = () => { offState(); offStories(); };
      sync = engine;
      if (samePerson) for (const localId of holding) holdStoryLock(engine, localId);
    }
    publish();
  }

  /** Stops every lock renewal and queues each release (a closing app, or another login). */
  function letGoOfLocks(): void {
    for (const release of heldLocks.values()) release();
    heldLocks.clear();
  }

  /** The story was handed on (a review action) or closed: stop renewing its lock and release it. */
  function letGo(localId: string): boolean {
    const release = heldLocks.get(localId);
    heldLocks.delete(localId);
    release?.();
    return release !== undefined;
  }

  function holdStoryLock(engine: BackgroundSync, localId: string): boolean {
    if (heldLocks.has(localId)) return true;
    const link = linkOf(engine, localId);
    if (!link || knownDesks().find((d) => d.id === link.deskId)?.role == null) return false;
    heldLocks.set(localId, engine.holdLock(link.serverId));
    return true;
  }

  function requireSync(): BackgroundSync {
    if (!sync) throw new StoreError('offline', 'No newsroom server is set up. Add one in Preferences › Newsroom server.');
    return sync;
  }

  /** Waits for the outbox to be sent, but not longer than SEND_WAIT_MS: offline it stays queued. */
  async function sendSoon(engine: BackgroundSync): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([engine.syncNow(), new Promise<void>((resolve) => { timer = setTimeout(resolve, SEND_WAIT_MS); })]);
    clearTimeout(timer);
  }

  function linkOf(engine: BackgroundSync, localId: string): { serverId: string; deskId: string } | null {
    const row = engine.store.db.get<{ server_id: string; desk_id: string }>('SELECT server_id, desk_id FROM sync_story_links WHERE local_id = ?', localId);
    return row ? { serverId: row.server_id, deskId: row.desk_id } : null;
  }

  /**
   * The newest review action's package on the story's line of revisions (from the head back
   * through each revision's base), merged into the local story: the other side's sources, claim
   * decisions and comments arrive with the text.
   */
  function bringReviewAlong(engine: BackgroundSync, localId: string): void {
    const link = engine.store.db.get<{ server_id: string }>('SELECT server_id FROM sync_story_links WHERE local_id = ?', localId);
    const head = link && engine.store.db.get<{ head_revision_id: string | null }>('SELECT head_revision_id FROM replica_stories WHERE id = ?', link.server_id);
    const seen = new Set<string>();
    for (let id = head?.head_revision_id ?? null; id && !seen.has(id);) {
      seen.add(id);
      const row = engine.store.db.get<{ body: string; base_revision_id: string | null }>('SELECT body, base_revision_id FROM replica_revisions WHERE id = ?', id);
      if (!row) return;
      const review = reviewRevisionBody(JSON.parse(row.body));
      if (review) {
        try {
          mergePackageReview(store, localId, review.package as unknown as StoryPackage);
        } catch (error) {
          // A package this version cannot read still leaves the text; say why in the log.
          if (!(error instanceof PackageError)) throw error;
          console.warn(`newsroom: the review of story ${localId} could not be read: ${error.message}`);
        }
        return;
      }
      id = row.base_revision_id;
    }
  }

  /** A local save's server revision, queued now (a review action or resolve needs it in order). */
  function queueSave(engine: BackgroundSync, localId: string): void {
    const timer = pendingSaves.get(localId);
    if (timer) clearTimeout(timer);
    pendingSaves.delete(localId);
    const link = linkOf(engine, localId);
    if (!link) return;
    let local: ReturnType<CrosscheckStore['getStory']>;
    try {
      local = store.getStory(localId);
    } catch {
      return; // deleted meanwhile
    }
    const base = engine.store.db.get<{ body: string }>(
      'SELECT r.body FROM sync_story_links l JOIN replica_revisions r ON r.id = l.base_revision_id WHERE l.local_id = ?', localId);
    // Unchanged since the revision it is based on (a save of the text the pull just brought).
    if (base && canonicalJson(revisionDocument(JSON.parse(base.body))) === canonicalJson(local.document)) return;
    engine.saveStory({ localId, deskId: link.deskId, title: local.title, document: local.document });
  }

  function flushSaves(): void {
    for (const localId of [...pendingSaves.keys()]) if (sync) queueSave(sync, localId);
  }

  function describe(engine: BackgroundSync, localId: string): NewsroomStory {
    const link = linkOf(engine, localId);
    if (!link) return NOT_SHARED;
    const me = credentials.load()?.user ?? '';
    const db = engine.store.db;
    const queued = db.get<{ op: string; queued_at: string }>(
      "SELECT op, queued_at FROM sync_outbox WHERE story_id = ? AND kind = 'add_review_event' ORDER BY seq DESC LIMIT 1", link.serverId);
    const events = reviewEvents(engine.store, link.serverId);
    const last = events.at(-1);
    let lastEvent: NewsroomStory['lastEvent'] = null;
    if (queued) {
      const op = JSON.parse(queued.op) as Extract<PushOperation, { kind: 'add_review_event' }>;
      lastEvent = { kind: op.args.kind, by: displayName(engine.store, me), at: queued.queued_at, note: op.args.note ?? '' };
    } else if (last) {
      lastEvent = { kind: last.kind as StoryReviewKind, by: displayName(engine.store, last.author), at: isoOf(last.at), note: last.note };
    }
    const holder = lockHolder(engine.store, link.serverId, now());
    return {
      shared: true,
      role: knownDesks().find((d) => d.id === link.deskId)?.role ?? null,
      lastEvent,
      lock: holder && holder.holder !== me ? { holder: holder.holder, holderName: holder.holderName, expiresAt: isoOf(holder.expiresAt), stale: holder.stale } : null,
      conflict: db.get('SELECT 1 AS x FROM sync_conflicts WHERE story_id = ? AND resolved_at IS NULL', link.serverId) !== undefined,
      serverChanges: serverChanges.get(localId) ?? 0,
      ...(queued ? { waitingToSend: true } : {}),
    };
  }

  /** The submission's desk: the story's own once linked, else the desk this person writes for. */
  function deskFor(engine: BackgroundSync, localId: string): string {
    const link = linkOf(engine, localId);
    if (link) return link.deskId;
    const desks = knownDesks();
    const desk = desks.find((d) => d.role === 'writer') ?? desks.find((d) => d.role !== null);
    if (desk) return desk.id;
    throw new StoreError(desks.length === 0 ? 'offline' : 'forbidden', desks.length === 0
      ? 'This computer has never reached the newsroom server, so it does not know your desk yet. Submit once the status bar says Synced.'
      : 'You are on no desk of this newsroom server, so you cannot submit stories to it.');
  }

  restartSync();

  return {
    settings() {
      const login = credentials.load();
      return { url: login?.url ?? '', user: login?.user ?? '', hasPassword: (login?.password ?? '') !== '' };
    },
    saveSettings({ url, user, password }) {
      flushSaves();
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
      if (result.ok) rememberDesks(result.desks);
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
    async reviewQueue() {
      const engine = requireSync();
      await sendSoon(engine);
      return reviewQueue(engine.store).map((item) => {
        const body = engine.store.db.get<{ body: string }>('SELECT body FROM replica_revisions WHERE id = ?', item.revisionId);
        const summary = body ? reviewRevisionBody(JSON.parse(body.body))?.summary : undefined;
        return {
          serverId: item.storyId, storyId: item.localId ?? item.storyId, title: item.title, deskId: item.deskId,
          submittedBy: item.submittedByName, submittedAt: isoOf(item.submittedAt),
          blockers: summary?.blockers ?? 0, blockedBy: summary?.blockedBy ?? '',
        };
      });
    },
    async openStory(serverId) {
      const engine = requireSync();
      await sendSoon(engine);
      const local = engine.store.db.get<{ local_id: string }>('SELECT local_id FROM sync_story_links WHERE server_id = ?', serverId);
      if (!local) throw new StoreError('not-found', 'This story has not reached this computer yet. Wait until the status bar says Synced, then open it again.');
      bringReviewAlong(engine, local.local_id);
      return { storyId: local.local_id };
    },
    async story(storyId) {
      return sync ? describe(sync, storyId) : NOT_SHARED;
    },
    holdLock(storyId, hold) {
      if (!hold) {
        letGo(storyId);
        return false;
      }
      return sync ? holdStoryLock(sync, storyId) : false;
    },
    async reviewAction(storyId, action, note) {
      const engine = requireSync();
      // A laptop that has not reached the server yet learns its desks from the first hello.
      if (knownDesks().length === 0) await sendSoon(engine);
      const deskId = deskFor(engine, storyId);
      if (action !== 'submit') {
        if (!linkOf(engine, storyId)) throw new StoreError('not-found', 'This story has not been submitted for review yet.');
        if (knownDesks().find((d) => d.id === deskId)?.role !== 'editor') throw new StoreError('forbidden', 'Only an editor on the story’s desk can send it back or approve it.');
      }
      const holder = describe(engine, storyId).lock;
      if (holder) {
        throw new StoreError('conflict', `${holder.holderName} is editing this story. ${action === 'submit' ? 'Wait until they are done' : 'Take it over first'}, so neither of you loses work.`);
      }
      const timer = pendingSaves.get(storyId);
      if (timer) clearTimeout(timer);
      pendingSaves.delete(storyId);
      const status = await reviewStatus(store, storyId, checks);
      const body: ReviewRevisionBody = {
        format: REVIEW_REVISION_FORMAT,
        package: buildStoryPackage(store, storyId) as unknown as ReviewRevisionBody['package'],
        summary: { blockers: status.summary.blockers.length, blockedBy: status.summary.blockedBy },
      };
      const local = store.getStory(storyId);
      // The revision first (creating the server story on a first submission), the decision on it,
      // and the lock let go: the decision hands the story on. One outbox, in this order.
      const queued = engine.saveStory({ localId: storyId, deskId, title: local.title, document: body });
      queueReviewEvent(engine.store, queued.serverStoryId, EVENT_KINDS[action], note ?? '');
      // Letting go of a held lock queues its release; a lock taken some other way is released too.
      if (!letGo(storyId)) engine.releaseLock(queued.serverStoryId);
      await sendSoon(engine);
      return describe(engine, storyId);
    },
    async takeOverLock(storyId) {
      const engine = requireSync();
      const link = linkOf(engine, storyId);
      if (!link) throw new StoreError('not-found', 'This story is not on the newsroom server.');
      if (knownDesks().find((d) => d.id === link.deskId)?.role !== 'editor') {
        throw new StoreError('forbidden', 'Only an editor on the story’s desk can take over the lock.');
      }
      engine.takeOverLock(link.serverId);
      // Taken over to edit: held (and renewed) from now on, like a lock taken by typing.
      if (!heldLocks.has(storyId)) heldLocks.set(storyId, engine.holdLock(link.serverId));
      await sendSoon(engine);
      return describe(engine, storyId);
    },
    noteLocalSave(storyId) {
      const engine = sync;
      if (!engine || !linkOf(engine, storyId)) return;
      const timer = pendingSaves.get(storyId);
      if (timer) clearTimeout(timer);
      const next = setTimeout(() => { if (sync === engine) queueSave(engine, storyId); }, serverSaveDelayMs);
      next.unref?.();
      pendingSaves.set(storyId, next);
    },
    async noteClaimDecision(storyId, { anchor, state, note }) {
      const engine = sync;
      const link = engine ? linkOf(engine, storyId) : null;
      if (!engine || !link) return;
      const claim = { key: claimKey(anchor), blockId: anchor.blockId, start: anchor.start, end: anchor.start + anchor.text.length, text: anchor.text };
      // Deciding a disputed claim again settles it: every earlier position gives way to this one.
      const disputed = claimDecisions(engine.store, link.serverId).some((c) => c.claim.key === claim.key && c.standing.kind === 'disputed');
      queueClaimDecision(engine.store, link.serverId, claim, state, { ...(note ? { note } : {}), ...(disputed ? { resolves: true } : {}) });
      // Offline it waits in the outbox; the decision itself is already stored here.
      if (engine.state().kind !== 'offline') await sendSoon(engine);
    },
    withDisputes(status) {
      const link = sync ? linkOf(sync, status.storyId) : null;
      if (!sync || !link) return status;
      const engine = sync;
      const disputes = new Map<string, NonNullable<ReviewStatus['claims'][number]['dispute']>>();
      for (const entry of claimDecisions(engine.store, link.serverId)) {
        if (entry.standing.kind !== 'disputed') continue;
        disputes.set(entry.claim.key, entry.standing.positions.map(({ author, state }) => ({
          by: displayName(engine.store, author),
          state,
          at: isoOf(entry.history.findLast((h) => h.author === author)?.at ?? ''),
        })));
      }
      if (disputes.size === 0) return status;
      return { ...status, claims: status.claims.map((c) => (disputes.has(claimKey(c.anchor)) ? { ...c, dispute: disputes.get(claimKey(c.anchor))! } : c)) };
    },
    conflict(storyId) {
      if (!sync) return null;
      const link = linkOf(sync, storyId);
      const merge = link ? storyConflict(sync.store, link.serverId) : null;
      if (!merge) return null;
      const head = sync.store.db.get<{ author: string; created_at: string }>('SELECT author, created_at FROM replica_revisions WHERE id = ?', merge.headRevisionId);
      return {
        storyId,
        theirsBy: head ? displayName(sync.store, head.author) : 'someone',
        theirsAt: isoOf(head?.created_at ?? new Date(now()).toISOString()),
        blocks: mergeView(merge),
      };
    },
    async resolveConflict(storyId, choices) {
      const engine = requireSync();
      const link = linkOf(engine, storyId);
      const merge = link ? storyConflict(engine.store, link.serverId) : null;
      if (!link || !merge) throw new StoreError('not-found', 'This story has no conflict to settle any more.');
      const timer = pendingSaves.get(storyId);
      if (timer) clearTimeout(timer);
      pendingSaves.delete(storyId);
      engine.resolveConflict(link.serverId, applyMergeChoices(merge, choices), merge.headRevisionId);
      await sendSoon(engine);
      return describe(engine, storyId);
    },
    async stop() {
      flushSaves();
      const holding = heldLocks.size > 0;
      letGoOfLocks();
      // Closing the app lets go of its locks now rather than leaving colleagues 150 s of "is editing".
      if (holding && sync) await sendSoon(sync);
      listeners.clear();
      unsubscribe?.();
      await sync?.stop();
      sync = null;
    },
  };

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
}

/** The merge in the merged document's order, one entry per top-level block (a conflict once). */
function mergeView(merge: StoryConflict): MergeBlockView[] {
  const key = (block: MergeBlock | null | undefined) => (block ? canonicalJson(block) : null);
  const baseById = new Map(merge.base.map((b) => [b.id, b]));
  const oursById = new Map(merge.ours.map((b) => [b.id, b]));
  const conflictOf = new Map<string, MergeConflict>();
  for (const c of merge.conflicts) {
    if (c.oursId) conflictOf.set(c.oursId, c);
    if (c.theirsId) conflictOf.set(c.theirsId, c);
  }
  const shown = new Set<MergeConflict>();
  const view: MergeBlockView[] = [];
  for (const block of merge.document) {
    const c = block.id ? conflictOf.get(block.id) : undefined;
    if (c) {
      if (shown.has(c)) continue;
      shown.add(c);
      view.push({
        kind: 'conflict', blockId: c.blockId, text: '',
        conflict: { kind: c.kind, base: blockText(c.base), mine: blockText(c.ours), theirs: blockText(c.theirs) },
      });
      continue;
    }
    const base = key(baseById.get(block.id));
    const kind = key(block) === base ? 'unchanged' : key(oursById.get(block.id)) === key(block) ? 'mine' : 'theirs';
    view.push({ kind, blockId: block.id ?? '', text: blockText(block) ?? '', conflict: null });
  }
  return view;
}

function blockText(block: MergeBlock | null): string | null {
  if (!block) return null;
  const node = block as StoryNodeLike;
  const texts = storyBlocks([node]).map((b) => b.text);
  return texts.length > 0 ? texts.join('\n') : textOf(node);
}

/** A claim as both libraries name it: its block and its figure's text (anchors survive edits). */
function claimKey(anchor: { blockId: string; text: string }): string {
  return `${anchor.blockId}:${anchor.text}`;
}

/** The server's timestamps (PostgreSQL's text form) as ISO strings for the contract. */
function isoOf(at: string): string {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms).toISOString();
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
