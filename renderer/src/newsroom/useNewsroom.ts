// The newsroom server as the app sees it: the sync state for the status bar, where the open story
// stands on the server (last review decision, who holds the lock, whether it is in conflict), and
// the review actions. Both are polled: the preview host has no way to push, and a
// few small calls a minute are nothing next to typing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsroomStory, StoryReviewAction, SyncStateView } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';

/** How often the status bar asks for the sync state: its dot should never lag a glance. */
const STATE_POLL_MS = 5_000;
/** How often the open story's server standing is refreshed (review decisions, the lock). */
const STORY_POLL_MS = 15_000;
/** Typing in the last two minutes counts as editing: the lock is renewed while it lasts. */
const EDITING_WINDOW_MS = 120_000;

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
  const lastEdit = useRef(0);
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
    const editing = Date.now() - lastEdit.current < EDITING_WINDOW_MS;
    const result = await call('getNewsroomStory', { storyId: id, editing });
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
      // The decision hands the story on (the lock is released): only new typing takes it again.
      lastEdit.current = 0;
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
      if (currentId.current === id) setStory(result.value);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const noteEdit = useCallback(() => {
    const first = Date.now() - lastEdit.current >= EDITING_WINDOW_MS;
    lastEdit.current = Date.now();
    // The first edit after a pause takes the lock at once rather than at the next poll.
    if (first && story?.shared) void refreshStory();
  }, [story?.shared, refreshStory]);

  return { sync, refreshSync, story, storyError, refreshStory, busy, act, takeOver, noteEdit };
}
