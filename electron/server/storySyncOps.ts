// What a local edit becomes in the outbox. A story's first save to the newsroom creates it on
// the server; every save is a revision naming the server revision it was based on, so the server
// can tell a clean step forward from two people editing the same head (a conflict revision).
// Each helper writes the outbox and the story link in one local transaction.
import { randomUUID } from 'node:crypto';
import type { SqliteSyncStore } from './SqliteSyncStore.ts';

export interface StorySave {
  /** The story's id in the local library. */
  localId: string;
  deskId: string;
  title: string;
  /** The server's slug; defaults to one made from the title. */
  slug?: string;
  /** The Slate document as saved locally. */
  document: unknown;
}

export interface QueuedRevision {
  serverStoryId: string;
  revisionId: string;
  baseRevisionId: string | null;
}

export function queueStorySave(store: SqliteSyncStore, save: StorySave): QueuedRevision {
  return store.db.transaction(() => {
    let link = store.db.get<{ server_id: string; base_revision_id: string | null }>(
      'SELECT server_id, base_revision_id FROM sync_story_links WHERE local_id = ?', save.localId,
    );
    if (!link) {
      link = { server_id: randomUUID(), base_revision_id: null };
      store.db.run('INSERT INTO sync_story_links (local_id, server_id, desk_id, base_revision_id) VALUES (?, ?, ?, NULL)',
        save.localId, link.server_id, save.deskId);
      store.insertOpInTransaction({
        opId: randomUUID(), kind: 'create_story',
        args: { storyId: link.server_id, deskId: save.deskId, slug: save.slug ?? slugOf(save.title), title: save.title },
      });
    }
    const revisionId = randomUUID();
    store.insertOpInTransaction({
      opId: randomUUID(), kind: 'add_revision',
      args: { revisionId, storyId: link.server_id, baseRevisionId: link.base_revision_id, body: save.document },
    });
    // The next save builds on this one: a writer's own saves never conflict with each other.
    store.db.run('UPDATE sync_story_links SET base_revision_id = ? WHERE local_id = ?', revisionId, save.localId);
    return { serverStoryId: link.server_id, revisionId, baseRevisionId: link.base_revision_id };
  });
}

/**
 * Settle a conflict with the document the writer accepted (the merge, edited or not): a new
 * revision on the head the merge was made against, and every open conflict of the story closed.
 * If the head moved on meanwhile, the server keeps this as a conflict too and a fresh merge
 * follows, rather than the newer head's text being overwritten unseen.
 */
export function queueConflictResolution(store: SqliteSyncStore, serverStoryId: string, document: unknown, mergedAgainst?: string | null): QueuedRevision {
  return store.db.transaction(() => {
    const head = store.db.get<{ head_revision_id: string | null }>('SELECT head_revision_id FROM replica_stories WHERE id = ?', serverStoryId);
    if (!head) throw new Error(`story ${serverStoryId} has not been pulled from the server yet`);
    const base = mergedAgainst === undefined ? head.head_revision_id : mergedAgainst;
    const revisionId = randomUUID();
    store.insertOpInTransaction({
      opId: randomUUID(), kind: 'add_revision',
      args: { revisionId, storyId: serverStoryId, baseRevisionId: base, body: document },
    });
    store.resolveConflicts(serverStoryId);
    store.db.run('UPDATE sync_story_links SET base_revision_id = ? WHERE server_id = ?', revisionId, serverStoryId);
    store.db.run('UPDATE stories SET document = ?, revision = revision + 1, updated_at = ? WHERE id = (SELECT local_id FROM sync_story_links WHERE server_id = ?)',
      JSON.stringify(document), new Date().toISOString(), serverStoryId);
    return { serverStoryId, revisionId, baseRevisionId: base };
  });
}

/**
 * The editing lock's heartbeat: take (or renew) the lock, unless a take is already waiting in
 * the outbox — offline, a laptop must not pile up one op per minute of editing.
 */
export function queueLockHeartbeat(store: SqliteSyncStore, serverStoryId: string): boolean {
  return store.db.transaction(() => {
    if (store.db.get("SELECT 1 AS x FROM sync_outbox WHERE story_id = ? AND kind = 'take_lock'", serverStoryId)) return false;
    store.insertOpInTransaction({ opId: randomUUID(), kind: 'take_lock', args: { storyId: serverStoryId } });
    return true;
  });
}

/** An editor takes over a story someone else holds: release their lock, then take it. */
export function queueLockTakeover(store: SqliteSyncStore, serverStoryId: string): void {
  store.db.transaction(() => {
    store.insertOpInTransaction({ opId: randomUUID(), kind: 'release_lock', args: { storyId: serverStoryId } });
    store.insertOpInTransaction({ opId: randomUUID(), kind: 'take_lock', args: { storyId: serverStoryId } });
  });
}

export function queueLockRelease(store: SqliteSyncStore, serverStoryId: string): void {
  store.enqueue([{ opId: randomUUID(), kind: 'release_lock', args: { storyId: serverStoryId } }]);
}

/** The server story id of a local story, once it has been saved to the newsroom. */
export function serverStoryIdOf(store: SqliteSyncStore, localId: string): string | null {
  return store.db.get<{ server_id: string }>('SELECT server_id FROM sync_story_links WHERE local_id = ?', localId)?.server_id ?? null;
}

function slugOf(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'untitled';
}
