import { useEffect, useMemo, useState } from 'react';
import { call } from '../bridge.ts';
import type { StoryDocument } from '../editor/customTypes.ts';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

/** Typing pauses shorter than this are one burst; the save lands well inside the 1 s budget. */
export const AUTOSAVE_DELAY_MS = 700;
const RETRY_DELAY_MS = 5000;

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
    this.latest = document;
    if (this.blocked) return;
    if (!this.inFlight) this.show({ kind: 'pending' });
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
    if (outcome === 'failed') this.schedule(RETRY_DELAY_MS);
  }

  async keepMine(): Promise<void> {
    const stored = await call('getStory', { id: this.storyId });
    if (!stored.ok) {
      this.show({ kind: 'failed', message: stored.error.message });
      return;
    }
    this.revision = stored.value.revision;
    this.blocked = false;
    await this.flush();
  }

  dispose(): void {
    window.clearTimeout(this.timer);
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
    this.show({ kind: 'saving' });
    const result = await call('saveStory', { id: this.storyId, document, baseRevision: this.revision }, { keepalive });
    if (result.ok) {
      this.revision = result.value.revision;
      if (this.latest === document) {
        this.latest = null;
        this.show({ kind: 'saved', at: result.value.savedAt });
      } else {
        this.show({ kind: 'pending' });
      }
      return 'saved';
    }
    if (result.error.code === 'conflict') {
      this.blocked = true;
      this.show({ kind: 'conflict' });
      return 'conflict';
    }
    this.show({ kind: 'failed', message: result.error.message });
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
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
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
