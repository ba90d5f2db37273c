// Channels and schemas for the newsroom server as the renderer sees it: the Preferences pane
// (address, login, Test connection), the sync state in the status bar, the Newsroom library
// scope, the review queue, the story-level review actions and the editing lock. Spread into
// CHANNELS by ipcContract.ts. The password goes in (setNewsroomServer, testNewsroomServer) and
// never comes back out: the settings the renderer reads say only whether one is stored.
import { z } from 'zod';

const id = z.string().min(1).max(64);
const isoTime = z.string().max(40);

/** The status-bar state; the same union as electron/server/backgroundSync.ts's SyncState. */
export const syncStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('off') }),
  z.object({ kind: z.literal('synced'), at: isoTime }),
  z.object({ kind: z.literal('syncing'), waiting: z.number().int().min(0) }),
  z.object({ kind: z.literal('offline'), waiting: z.number().int().min(0), retryAt: isoTime, reason: z.string().max(1000) }),
  z.object({
    kind: z.literal('conflict'), waiting: z.number().int().min(0), conflicts: z.number().int().min(0),
    /** The stories in conflict in this library, so the status bar can open the one to merge. */
    stories: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
  }),
]);
export type SyncStateView = z.infer<typeof syncStateSchema>;

export const newsroomSettingsSchema = z.object({
  /** postgres://host[:port]/database, without the login; '' when no server is set. */
  url: z.string().max(2048),
  user: z.string().max(63),
  hasPassword: z.boolean(),
});
export type NewsroomSettings = z.infer<typeof newsroomSettingsSchema>;

const serverAddress = z.string().trim().max(2048);
const login = z.string().trim().max(63);
const password = z.string().max(1024);

/** What Test connection found out. Each failure names the side that has to change. */
export const CONNECTION_PROBLEMS = [
  'bad-address', // not a postgres:// address
  'unreachable', // no answer: wrong host or port, server down, no network
  'bad-login', // the server answered and refused the user name or password
  'no-database', // the server has no such database
  'no-schema', // a PostgreSQL without Crosscheck's schema
  'app-too-old', // the server needs a newer Crosscheck (CC001)
  'server-too-old', // the server's protocol is older than this Crosscheck's (CC002)
  'not-a-member', // signed in, but on no desk
  'other',
] as const;
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

export const connectionCheckSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    user: z.string(),
    displayName: z.string(),
    protocol: z.number().int(),
    desks: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['writer', 'editor']).nullable() })),
  }),
  z.object({ ok: z.literal(false), problem: z.enum(CONNECTION_PROBLEMS), message: z.string() }),
]);
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>;

export const newsroomSourceHitSchema = z.object({
  id: z.string(),
  deskId: z.string(),
  title: z.string(),
  /** Plain segments, as the local search gives them: the renderer never trusts server HTML. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export type NewsroomSourceHit = z.infer<typeof newsroomSourceHitSchema>;

export const REVIEW_EVENT_KINDS = ['submitted', 'approved', 'changes_requested', 'withdrawn'] as const;
export const reviewEventKindSchema = z.enum(REVIEW_EVENT_KINDS);

export const queueItemSchema = z.object({
  /** The story's id on the server: what openFromNewsroom takes. */
  serverId: z.string(),
  /** The story's id in this library (its own copy, or the one the sync made under the server id). */
  storyId: z.string(),
  title: z.string(),
  deskId: z.string(),
  submittedBy: z.string(),
  submittedAt: isoTime,
  /** Open or sent-back claims and unresolved comments when it was submitted. */
  blockers: z.number().int().min(0),
  blockedBy: z.string(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** Where one story stands on the server, for the strip above the editor. */
export const newsroomStorySchema = z.object({
  /** False when the story was never sent to the server. */
  shared: z.boolean(),
  /** The caller's role on the story's desk (null: not on it, or not shared). */
  role: z.enum(['writer', 'editor']).nullable(),
  lastEvent: z.object({ kind: reviewEventKindSchema, by: z.string(), at: isoTime, note: z.string() }).nullable(),
  /** Someone else holds the editing lock: who, until when, and whether their heartbeat stopped
   *  (no renewal for LOCK_QUIET_MS: they probably closed the laptop). */
  lock: z.object({ holder: z.string(), holderName: z.string(), expiresAt: isoTime, stale: z.boolean() }).nullable(),
  /** Someone else saved a version this library's edits were not based on: the merge view shows
   *  both until the writer settles it (getStoryConflict, resolveStoryConflict). */
  conflict: z.boolean(),
  /** How many times a pull has changed this library's copy since the app started: an open
   *  editor reloads when it goes up. */
  serverChanges: z.number().int().min(0),
  /** The last action is in the outbox, waiting for the server to be reachable. */
  waitingToSend: z.boolean().optional(),
});
export type NewsroomStory = z.infer<typeof newsroomStorySchema>;

export const MERGE_CHOICES = ['mine', 'theirs', 'both'] as const;

/** One top-level block of a conflicted story's three-way merge, in the merged order. */
export const mergeBlockViewSchema = z.object({
  /** unchanged: as in the common version; mine / theirs: changed on that side only, taken;
   *  conflict: changed on both sides (or changed on one, deleted on the other), to be picked. */
  kind: z.enum(['unchanged', 'mine', 'theirs', 'conflict']),
  blockId: z.string(),
  text: z.string(),
  conflict: z.object({
    kind: z.enum(['both-edited', 'edited-deleted', 'deleted-edited', 'both-added']),
    base: z.string().nullable(),
    /** null: that side deleted the block. */
    mine: z.string().nullable(),
    theirs: z.string().nullable(),
  }).nullable(),
});
export type MergeBlockView = z.infer<typeof mergeBlockViewSchema>;

export const storyConflictSchema = z.object({
  storyId: z.string(),
  /** Who saved the server's version, and when. */
  theirsBy: z.string(),
  theirsAt: isoTime,
  blocks: z.array(mergeBlockViewSchema),
});
export type StoryConflictView = z.infer<typeof storyConflictSchema>;

export const STORY_REVIEW_ACTIONS = ['submit', 'send-back', 'approve'] as const;
export type StoryReviewAction = (typeof STORY_REVIEW_ACTIONS)[number];

export const NEWSROOM_CHANNELS = {
  getNewsroomServer: { channel: 'newsroom.settings.get', request: z.object({}), result: newsroomSettingsSchema },
  /** Stores the address and login (the password only when given; '' clears the server). */
  setNewsroomServer: {
    channel: 'newsroom.settings.set',
    request: z.object({ url: serverAddress, user: login, password: password.optional() }),
    result: newsroomSettingsSchema,
  },
  /** Connects with the given values (the stored password when none is given) and says what happened. */
  testNewsroomServer: {
    channel: 'newsroom.settings.test',
    request: z.object({ url: serverAddress, user: login, password: password.optional() }),
    result: connectionCheckSchema,
  },
  getSyncState: { channel: 'newsroom.sync.state', request: z.object({}), result: syncStateSchema },
  /** Tries the server now instead of waiting for the next retry. */
  syncNow: { channel: 'newsroom.sync.now', request: z.object({}), result: syncStateSchema },
  /** Full-text search of the newsroom's shared library on the server. */
  searchNewsroomSources: {
    channel: 'newsroom.sources.search',
    request: z.object({ query: z.string().trim().min(1).max(500) }),
    result: z.object({ hits: z.array(newsroomSourceHitSchema) }),
  },
  /** Copies a newsroom source into this library (attached to the story when one is given). */
  copyNewsroomSource: {
    channel: 'newsroom.sources.copy',
    request: z.object({ id, storyId: id.optional() }),
    result: z.object({ sourceId: z.string(), title: z.string() }),
  },
  getReviewQueue: { channel: 'newsroom.queue', request: z.object({}), result: z.object({ items: z.array(queueItemSchema) }) },
  /** Brings the server's latest version of a story (by its server id, from the queue), with the
   *  sources, claim decisions and comments of its last review action, into this library. */
  openFromNewsroom: { channel: 'newsroom.story.open', request: z.object({ storyId: id }), result: z.object({ storyId: z.string() }) },
  /** The three-way merge of a story in conflict; null when it has none (or the pull has not
   *  brought both versions yet). */
  getStoryConflict: { channel: 'newsroom.story.conflict', request: z.object({ storyId: id }), result: storyConflictSchema.nullable() },
  /** Settles the conflict with the writer's pick per conflicted block (both when none is given):
   *  the merge is saved here and queued as a revision on the server's latest version. */
  resolveStoryConflict: {
    channel: 'newsroom.story.resolve',
    request: z.object({ storyId: id, choices: z.record(z.string().max(200), z.enum(MERGE_CHOICES)) }),
    result: newsroomStorySchema,
  },
  /** Where a story stands on the server, read from this library's replica (so it answers offline). */
  getNewsroomStory: { channel: 'newsroom.story.get', request: z.object({ storyId: id }), result: newsroomStorySchema },
  /** hold: the person started editing this story, so the sync engine takes its editing lock and
   *  renews it (colleagues see "… is editing"); false: the story was closed, so the lock is let go. */
  holdNewsroomLock: { channel: 'newsroom.lock.hold', request: z.object({ storyId: id, hold: z.boolean() }), result: z.object({ held: z.boolean() }) },
  /** Submit for review (writer), Send back or Approve (editor): queues this library's version of
   *  the story, with its sources, claim decisions and comments, and the decision, in the sync
   *  outbox; offline they wait there and are sent when the server can be reached. */
  reviewStoryAction: {
    channel: 'newsroom.story.review',
    request: z.object({ storyId: id, action: z.enum(STORY_REVIEW_ACTIONS), note: z.string().trim().max(5000).optional() }),
    result: newsroomStorySchema,
  },
  /** An editor takes over the editing lock another person holds. */
  takeOverLock: { channel: 'newsroom.lock.takeOver', request: z.object({ storyId: id }), result: newsroomStorySchema },
} as const;
