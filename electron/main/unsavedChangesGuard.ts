// Whether the window may close now. The renderer reports (app.setUnsavedChanges) when it holds
// edits the library does not have; closing then first asks it to save, and asks the user only
// when that save does not land: a close a moment after typing just saves and closes, while a
// close on a full disk says what is about to be lost. Free of Electron imports, so the decision
// is tested in plain Node; index.ts wires it to the window and the dialog.

export interface UnsavedChangesDeps {
  /** Asks the renderer to save now (the "save-now" menu command). */
  requestSave(): void;
  /** Shows the question; resolves true when the user chooses to close and lose the edits. */
  confirmDiscard(question: DiscardQuestion): Promise<boolean>;
  /** Closes the window again; `allowClose` answers true to that second close. */
  close(): void;
  /** How long the last save may take before the user is asked. */
  saveWaitMs?: number;
}

export interface DiscardQuestion {
  message: string;
  detail: string;
  /** [keep editing, close anyway]: the first is the default and what Escape chooses. */
  buttons: [string, string];
}

/** Long enough for a save of a large story on a slow disk; short enough that a close that will
 *  not happen is not mistaken for a hung window. */
export const SAVE_BEFORE_CLOSE_MS = 3000;

export interface UnsavedChangesGuard {
  /** From the renderer: whether it holds unsaved edits, and why its last save failed. */
  setUnsaved(unsaved: boolean, problem: string | undefined): void;
  /** For the window's "close" event: false means prevent it (the guard closes it later, or
   *  the user chose to keep editing). */
  allowClose(): boolean;
  /** A page was loaded (a reload, or a new window): whatever the last one reported is gone. */
  reset(): void;
}

export function discardQuestion(problem: string | undefined): DiscardQuestion {
  return {
    message: 'Your latest changes are not saved.',
    detail: `${problem ?? 'Crosscheck could not save them in time.'}\n\nIf you close the window now, those changes are lost.`,
    buttons: ['Keep the window open', 'Close and lose the changes'],
  };
}

export function createUnsavedChangesGuard(deps: UnsavedChangesDeps): UnsavedChangesGuard {
  const waitMs = deps.saveWaitMs ?? SAVE_BEFORE_CLOSE_MS;
  let unsaved = false;
  let problem: string | undefined;
  let closing = false; // a decided close is under way: let it through
  let deciding = false; // saving or asking; further close clicks wait for this answer
  let onClean: (() => void) | undefined;

  const savedWithin = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (!unsaved) return resolve(true);
      const timer = setTimeout(() => {
        onClean = undefined;
        resolve(false);
      }, ms);
      onClean = () => {
        clearTimeout(timer);
        onClean = undefined;
        resolve(true);
      };
    });

  async function decide(): Promise<void> {
    try {
      deps.requestSave();
      const saved = await savedWithin(waitMs);
      if (!saved && !(await deps.confirmDiscard(discardQuestion(problem)))) return;
      closing = true;
      deps.close();
    } finally {
      deciding = false;
    }
  }

  return {
    setUnsaved(nowUnsaved, why) {
      unsaved = nowUnsaved;
      problem = nowUnsaved ? why : undefined;
      if (!unsaved) onClean?.();
    },
    allowClose() {
      if (closing || !unsaved) return true;
      if (!deciding) {
        deciding = true;
        // A dialog that fails to show leaves the window open: losing edits needs a yes.
        decide().catch(() => undefined);
      }
      return false;
    },
    reset() {
      unsaved = false;
      problem = undefined;
      closing = false;
      onClean?.();
    },
  };
}
