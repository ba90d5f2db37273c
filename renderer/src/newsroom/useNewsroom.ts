// The newsroom server as the app sees it: the sync state for the status bar, where the open story
// stands on the server (last review decision, who holds the lock, whether it is in conflict), and
// the review actions. Both are polled: the preview host has no way to push, and a
// few small calls a minute are nothing next to typing. The editing lock is the sync engine's: the
// first edit asks it to hold the story's lock (it renews it on its own heartbeat), and closing the
// story lets go of it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsroomStory, StoryReviewAction, SyncStateView } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';

/** How often the status bar asks for the sync state: its dot should never lag a glance. */
const STATE_POLL_MS = 5_000;
/** How often the open story's server standing is refreshed (review decisions, the lock). */
const STORY_POLL_MS = 15_000;
/**
 * An edit asks the engine to hold the lock at most this often: holding is idempotent, and the
 * engine's own heartbeat renews it, so this only catches a lock let go by a review action.
 */
const HOLD_AGAIN_MS = 30_000;

export interface NewsroomController {
  sync: SyncStateView;
  refreshSync: () => Promise<void>;
  /** The open story on the server; null until known, or when no server is set. */
  story: NewsroomStory | null;
  storyError: string;
  refreshStory: () => Promise<void>;
  busy: boolean;
  /** The story's standing after the action, or a sentence saying why it failed. */
  act: (action: StoryReviewAction, note?: string) => Promise<{ problem: string } | { story: NewsroomStory }>;
  takeOver: () => Promise<string | null>;
  /** The editor saved an edit: the person is working in this story. */
  noteEdit: () => void;
}

export function useNewsroom(storyId: string | null): NewsroomController {
  const [sync, setSync] = useState<SyncStateView>({ kind: 'off' });
  const [story, setStory] = useState<NewsroomStory | null>(null);
  const [storyError, setStoryError] = useState('');
  const [busy, setBusy] = useState(false);
  /** When this page last asked to hold the open story's lock; 0: not holding it. */
  const heldAt = useRef(0);
  const currentId = useRef(storyId);
  currentId.current = storyId;

  const refreshSync = useCallback(async () => {
    const result = await call('getSyncState', {});
    if (result.ok) setSync(result.value);
  }, []);

  useEffect(() => {
    void refreshSync();
    const timer = window.setInterval(() => void refreshSync(), STATE_POLL_MS);
    return () => window.clearInterval(timer);
  }, [refreshSync]);

  const refreshStory = useCallback(async () => {
    const id = currentId.current;
    if (!id) return setStory(null);
    const result = await call('getNewsroomStory', { storyId: id });
    if (currentId.current !== id) return;
    if (result.ok) {
      setStory(result.value);
      setStoryError('');
    } else {
      setStoryError(result.error.message);
    }
  }, []);

  useEffect(() => {
    setStory(null);
    setStoryError('');
    heldAt.current = 0;
    // Closing the story (opening another, or leaving the page) lets go of its lock.
    return () => {
      if (storyId && heldAt.current > 0) void call('holdNewsroomLock', { storyId, hold: false });
      heldAt.current = 0;
    };
  }, [storyId]);

  const online = sync.kind === 'synced' || sync.kind === 'syncing';
  const off = sync.kind === 'off';
  useEffect(() => {
    // Going offline keeps what was last known (and the actions on it); no server forgets it.
    if (off) setStory(null);
    if (!storyId || off) return;
    void refreshStory();
    const timer = window.setInterval(() => void refreshStory(), STORY_POLL_MS);
    return () => window.clearInterval(timer);
    // Coming online, going off, or a conflict appearing or going is worth a fresh look.
  }, [storyId, online, off, sync.kind, refreshStory]);

  const act = useCallback(async (action: StoryReviewAction, note?: string) => {
    const id = currentId.current;
    if (!id) return { problem: 'Open a story first.' };
    setBusy(true);
    try {
      const result = await call('reviewStoryAction', { storyId: id, action, ...(note ? { note } : {}) });
      if (!result.ok) return { problem: result.error.message };
      // The decision hands the story on (its lock is let go): only new typing takes it again.
      heldAt.current = 0;
      if (currentId.current === id) setStory(result.value);
      return { story: result.value };
    } finally {
      setBusy(false);
      void refreshSync();
    }
  }, [refreshSync]);

  const takeOver = useCallback(async () => {
    const id = currentId.current;
    if (!id) return null;
    setBusy(true);
    try {
      const result = await call('takeOverLock', { storyId: id });
      if (!result.ok) return result.error.message;
      // The engine holds it for us now; closing the story lets go of it.
      if (currentId.current === id) {
        heldAt.current = Date.now();
        setStory(result.value);
      }
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const noteEdit = useCallback(() => {
    const id = currentId.current;
    if (!id || !story?.shared || Date.now() - heldAt.current < HOLD_AGAIN_MS) return;
    heldAt.current = Date.now();
    void call('holdNewsroomLock', { storyId: id, hold: true }).then((result) => {
      if (!result.ok || !result.value.held) heldAt.current = 0;
    });
  }, [story?.shared]);

  return { sync, refreshSync, story, storyError, refreshStory, busy, act, takeOver, noteEdit };
}
