import { useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../../electron/shared/ipcContract.ts';
import { call, isDesktop } from '../bridge.ts';
import type { StoryDocument } from '../editor/customTypes.ts';
import { unsavedEdits } from './unsavedEdits.ts';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; code: ErrorCode; message: string }
  | { kind: 'conflict' };

/** Typing pauses shorter than this are one burst; the save lands well inside the 1 s budget. */
export const AUTOSAVE_DELAY_MS = 700;
/** A failed save is retried after 2 s, then 4, 8, 16 and every 30 s: a busy library frees up
 *  within seconds, a full disk may take the user minutes, and the edit waits in memory. */
export const FIRST_RETRY_MS = 2000;
export const MAX_RETRY_MS = 30_000;

/**
 * Autosave with revision checks. At most one save is in flight; edits made meanwhile are sent
 * when it returns. A save never silently overwrites a newer revision: the store answers
 * `conflict` and the writer chooses.
 */
class AutosaveController {
  private latest: StoryDocument | null = null; // unsaved document, null when clean
  private inFlight: Promise<void> | null = null;
  private timer: number | undefined;
  private blocked = false; // after a conflict, until the writer decides
  private failures = 0; // consecutive failed saves, for the retry backoff
  private revision: number;
  private readonly storyId: string;
  private readonly setState: (state: SaveState) => void;
  private shown: SaveState['kind'] = 'saved';

  constructor(storyId: string, revision: number, setState: (state: SaveState) => void) {
    this.storyId = storyId;
    this.revision = revision;
    this.setState = setState;
  }

  changed(document: StoryDocument): void {
    if (this.latest === null) unsavedEdits.set(this, undefined);
    this.latest = document;
    if (this.blocked) return;
    // After a failure the message stays up until a save goes through: typing on a full disk
    // must not make the warning blink away and back with every burst.
    if (!this.inFlight && this.shown !== 'failed') this.show({ kind: 'pending' });
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Saves the latest edit now; resolves once it is stored, failed or conflicted. */
  async flush(keepalive = false): Promise<void> {
    window.clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (!this.latest || this.blocked) return;
    const save = this.saveOnce(keepalive);
    this.inFlight = save.then(() => undefined);
    const outcome = await save;
    this.inFlight = null;
    if (outcome === 'saved' && this.latest) this.schedule(AUTOSAVE_DELAY_MS);
    if (outcome === 'failed') this.schedule(Math.min(FIRST_RETRY_MS * 2 ** (this.failures - 1), MAX_RETRY_MS));
  }

  async keepMine(): Promise<void> {
    const stored = await call('getStory', { id: this.storyId });
    if (!stored.ok) {
      this.show({ kind: 'failed', code: stored.error.code, message: stored.error.message });
      return;
    }
    this.revision = stored.value.revision;
    this.blocked = false;
    await this.flush();
  }

  /** Stops the debounce. A save that fails after this still retries: the edit is only in
   *  memory, and the close check counts it until it is stored. */
  dispose(): void {
    window.clearTimeout(this.timer);
    // Edits refused for a conflict are not retried; once their editor is gone nothing can
    // bring them back, and they must not make every later close ask about them.
    if (this.blocked) unsavedEdits.delete(this);
  }

  get dirty(): boolean {
    return this.latest !== null;
  }

  // changed() runs on every keystroke: telling React 'pending' again each time would re-render the
  // whole editor per key for nothing.
  private show(state: SaveState): void {
    if (state.kind === this.shown && (state.kind === 'pending' || state.kind === 'saving' || state.kind === 'conflict')) return;
    this.shown = state.kind;
    this.setState(state);
  }

  private schedule(ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.flush(), ms);
  }

  private async saveOnce(keepalive: boolean): Promise<'saved' | 'failed' | 'conflict'> {
    const document = this.latest;
    if (!document) return 'saved';
    if (this.shown !== 'failed') this.show({ kind: 'saving' });
    const result = await call('saveStory', { id: this.storyId, document, baseRevision: this.revision }, { keepalive });
    if (result.ok) {
      this.revision = result.value.revision;
      this.failures = 0;
      if (this.latest === document) {
        this.latest = null;
        unsavedEdits.delete(this);
        this.show({ kind: 'saved', at: result.value.savedAt });
      } else {
        this.show({ kind: 'pending' });
      }
      return 'saved';
    }
    if (result.error.code === 'conflict') {
      this.blocked = true;
      unsavedEdits.set(this, 'The story was changed in another window since you opened it.');
      this.show({ kind: 'conflict' });
      return 'conflict';
    }
    this.failures += 1;
    unsavedEdits.set(this, result.error.message);
    this.show({ kind: 'failed', code: result.error.code, message: result.error.message });
    return 'failed';
  }
}

export interface Autosave {
  state: SaveState;
  changed: (document: StoryDocument) => void;
  flush: (options?: { keepalive?: boolean }) => Promise<void>;
  keepMine: () => Promise<void>;
}

export function useAutosave(storyId: string, initialRevision: number): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  // One controller per opened story; the editor is remounted when the story changes.
  const controller = useMemo(() => new AutosaveController(storyId, initialRevision, setState), [storyId, initialRevision]);

  // Leaving the page or hiding the window saves at once, so a kill loses at most the debounce.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void controller.flush(true);
    };
    const onUnload = () => void controller.flush(true);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void controller.flush(true);
      // In a browser tab nothing else stands between the user and losing the edit; the desktop
      // window asks from the main process instead, where a refusal here would close nothing
      // and say nothing.
      if (!isDesktop() && unsavedEdits.any()) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onUnload);
      void controller.flush();
      controller.dispose();
    };
  }, [controller]);

  return useMemo(
    () => ({
      state,
      changed: (document: StoryDocument) => controller.changed(document),
      flush: (options?: { keepalive?: boolean }) => controller.flush(options?.keepalive === true),
      keepMine: () => controller.keepMine(),
    }),
    [state, controller],
  );
}
