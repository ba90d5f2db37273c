// Two laptops, two libraries, one server: a writer (alice) and an editor (edith) both work
// offline on the same story, then reconnect. Nothing either wrote is lost; the overlapping
// edit comes back as a conflict with a three-way merge; the claim both decided differently
// shows as disputed; the editor's queue shows the submission.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundSync, type BackgroundSync } from '../../electron/server/backgroundSync.ts';
import { openServerConnection } from '../../electron/server/openServerConnection.ts';
import { queueClaimDecision, queueReviewEvent, queueSubmission } from '../../electron/server/reviewSyncOps.ts';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import { serverStoryIdOf } from '../../electron/server/storySyncOps.ts';
import { claimDecisions, lockHolder, reviewEvents, reviewQueue, storyConflict, LOCK_QUIET_MS, LOCK_STALE_MS } from '../../electron/server/syncReplicaQueries.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import { createTestNewsroom, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
let dir: string;
beforeAll(async () => {
  nr = await createTestNewsroom();
  dir = mkdtempSync(path.join(tmpdir(), 'cc-laptops-'));
});
afterAll(async () => {
  await nr?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Laptop { library: CrosscheckStore; sync: BackgroundSync; online: boolean; unplug: () => Promise<void> }

function laptop(login: string): Laptop {
  const library = CrosscheckStore.open(path.join(dir, `${login}.sqlite`));
  const clients: pg.Client[] = [];
  const self: Laptop = {
    library, online: true, sync: undefined as unknown as BackgroundSync,
    // The network goes: the open connection dies with it, and new ones cannot be made.
    unplug: async () => {
      self.online = false;
      await Promise.all(clients.splice(0).map((c) => c.end()));
    },
  };
  const offlineUrl = () => {
    const u = new URL(nr.urlFor(login));
    u.searchParams.set('host', path.join(dir, 'unplugged'));
    return u.toString();
  };
  self.sync = startBackgroundSync({
    database: library.db,
    connect: async () => {
      const client = await openServerConnection(self.online ? nr.urlFor(login) : offlineUrl());
      clients.push(client);
      return new ServerSession(client);
    },
    random: () => 0.999,
  });
  return self;
}

const para = (id: string, text: string) => ({ type: 'paragraph', id, children: [{ text }] });
const textOf = (doc: readonly { id?: string; children?: unknown }[]) =>
  doc.map((b) => `${b.id}:${(b.children as { text: string }[]).map((c) => c.text).join('')}`);

describe('two laptops offline, then back', () => {
  it('loses nothing and surfaces the conflict, the dispute and the submission', async () => {
    const writer = laptop('alice');
    const editor = laptop('edith');
    const doc = [para('h', 'Rates to rise'), para('a', 'The council met.'), para('b', 'Rates rise 4%.'), para('c', 'Residents objected.')] as StoryDocument;
    const story = writer.library.createStory({ title: 'Rates to rise', document: doc });
    writer.sync.saveStory({ localId: story.id, deskId: 'metro', title: story.title, document: doc });
    await writer.sync.syncNow();
    await editor.sync.syncNow();
    const serverId = serverStoryIdOf(writer.sync.store, story.id)!;
    expect(editor.library.getStory(serverId).document).toEqual(doc);

    // Both unplug. The writer edits a and c and submits; the editor edits b and c.
    await Promise.all([writer.unplug(), editor.unplug()]);
    const writerDoc = [doc[0], para('a', 'The council met on Tuesday.'), doc[2], para('c', 'Residents objected loudly.')] as StoryDocument;
    writer.library.saveStory(story.id, writerDoc, 1);
    writer.sync.saveStory({ localId: story.id, deskId: 'metro', title: story.title, document: writerDoc });
    queueSubmission(writer.sync.store, serverId, { blockers: { contradicted: 1, unsupported: 2 }, openComments: 0 }, 'Ready for a read');
    const claim = { key: 'b:4%', blockId: 'b', start: 11, end: 13, text: '4%' };
    queueClaimDecision(writer.sync.store, serverId, claim, 'verified');
    const editorDoc = [doc[0], doc[1], para('b', 'Rates rise 4% next year.'), para('c', 'Some residents objected.')] as StoryDocument;
    editor.sync.saveStory({ localId: serverId, deskId: 'metro', title: story.title, document: editorDoc });
    queueClaimDecision(editor.sync.store, serverId, claim, 'needs-change', { note: 'The budget says 4.2%' });
    await Promise.all([writer.sync.syncNow(), editor.sync.syncNow()]);
    expect(writer.sync.state()).toMatchObject({ kind: 'offline', waiting: 4 });
    expect(editor.sync.state()).toMatchObject({ kind: 'offline', waiting: 2 });

    // Back online: the writer first, so the editor's save lands on a stale base.
    writer.online = true;
    editor.online = true;
    await writer.sync.syncNow();
    await editor.sync.syncNow();
    await writer.sync.syncNow();
    expect(writer.sync.state().kind).toBe('synced');
    expect(editor.sync.state()).toMatchObject({ kind: 'conflict', waiting: 0, conflicts: 1 });

    // Nothing lost on the server: 3 revisions, the submission and its summary, both claim decisions.
    const counts = (await nr.admin.query(`select
      (select count(*) from crosscheck.story_revisions)::int as revisions,
      (select count(*) from crosscheck.review_events)::int as events,
      (select count(*) from crosscheck.review_comments)::int as comments`)).rows[0];
    expect(counts).toEqual({ revisions: 3, events: 1, comments: 3 });

    // The editor's merge: the writer's a, the editor's b, both versions of c.
    const conflict = storyConflict(editor.sync.store, serverId)!;
    expect(textOf(conflict.document)).toEqual([
      'h:Rates to rise', 'a:The council met on Tuesday.', 'b:Rates rise 4% next year.',
      'c:Some residents objected.', 'c-theirs:Residents objected loudly.',
    ]);
    expect(conflict.conflicts).toEqual([expect.objectContaining({ kind: 'both-edited', blockId: 'c' })]);

    // Both laptops see the dispute and the submission.
    for (const l of [writer, editor]) {
      expect(claimDecisions(l.sync.store, serverId)[0]!.standing).toEqual({
        kind: 'disputed', positions: [{ author: 'alice', state: 'verified' }, { author: 'edith', state: 'needs-change' }],
      });
    }
    expect(reviewQueue(editor.sync.store)).toEqual([expect.objectContaining({
      storyId: serverId, localId: serverId, title: 'Rates to rise', submittedBy: 'alice', submittedByName: 'Alice Ng', note: 'Ready for a read', disputed: 1, sentBack: 0, comments: 0,
      blockersAtSubmission: { contradicted: 1, unsupported: 2 },
    })]);

    // The editor accepts the merge and sends the story back; the writer gets the merged text.
    editor.sync.resolveConflict(serverId, conflict.document, conflict.headRevisionId);
    queueClaimDecision(editor.sync.store, serverId, claim, 'needs-change', { resolves: true });
    queueReviewEvent(editor.sync.store, serverId, 'changes_requested', 'See the 4% claim');
    await editor.sync.syncNow();
    expect(editor.sync.state().kind).toBe('synced');
    await writer.sync.syncNow();
    expect(textOf(writer.library.getStory(story.id).document)).toEqual(textOf(conflict.document));
    expect(reviewQueue(writer.sync.store)).toEqual([]);
    expect(reviewEvents(writer.sync.store, serverId).map((e) => [e.kind, e.author])).toEqual([['submitted', 'alice'], ['changes_requested', 'edith']]);
    expect(claimDecisions(writer.sync.store, serverId)[0]!.standing).toEqual({ kind: 'decided', state: 'needs-change', by: ['edith'] });

    // The editing lock: the writer's heartbeat shows on the editor's laptop, goes quiet without
    // beats and then lapses, and the editor can take it over before that.
    writer.sync.heartbeatLock(serverId);
    await writer.sync.syncNow();
    await editor.sync.syncNow();
    const held = lockHolder(editor.sync.store, serverId)!;
    expect(held).toMatchObject({ holder: 'alice', stale: false });
    expect(lockHolder(editor.sync.store, serverId, Date.parse(held.acquiredAt) + LOCK_QUIET_MS + 1)).toMatchObject({ holder: 'alice', stale: true });
    expect(lockHolder(editor.sync.store, serverId, Date.parse(held.acquiredAt) + LOCK_STALE_MS + 1)).toBeNull();
    editor.sync.takeOverLock(serverId);
    await editor.sync.syncNow();
    await writer.sync.syncNow();
    expect(lockHolder(writer.sync.store, serverId)).toMatchObject({ holder: 'edith', holderName: 'Edith Park', stale: false });

    // Released from embargo, the story reaches another desk's laptop with its whole history,
    // though every row of it was written while that desk could not see it.
    const sport = laptop('bob');
    await sport.sync.syncNow();
    expect(sport.sync.store.db.get('SELECT count(*) AS n FROM replica_stories')).toEqual({ n: 0 });
    editor.sync.enqueue([{ opId: randomUUID(), kind: 'release_story', args: { storyId: serverId } }]);
    await editor.sync.syncNow();
    await sport.sync.syncNow();
    expect(sport.sync.state().kind).toBe('synced');
    expect(textOf(sport.library.getStory(serverId).document)).toEqual(textOf(conflict.document));
    const bobSees = sport.sync.store.db.get('SELECT (SELECT count(*) FROM replica_revisions) AS revisions, (SELECT count(*) FROM replica_review_events) AS events, (SELECT count(*) FROM replica_comments) AS comments');
    expect(bobSees).toEqual({ revisions: 4, events: 2, comments: 4 });
    await sport.sync.stop();
    sport.library.close();

    expect(writer.sync.store.rejectedOps()).toEqual([]);
    expect(editor.sync.store.rejectedOps()).toEqual([]);
    await Promise.all([writer.sync.stop(), editor.sync.stop()]);
    writer.library.close();
    editor.library.close();
  });
});
