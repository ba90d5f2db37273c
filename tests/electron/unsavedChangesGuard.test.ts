// Closing the desktop window with edits the library does not have: it saves first and closes
// when the save lands, asks (with the reason the save failed) when it does not, and closes only
// on a yes.
import { describe, expect, it } from 'vitest';
import { createUnsavedChangesGuard, discardQuestion } from '../../electron/main/unsavedChangesGuard.ts';
import type { DiscardQuestion } from '../../electron/main/unsavedChangesGuard.ts';

const DISK_FULL = 'The disk is full: your last changes are kept here; free some space on the disk and press Retry.';

/** A window as the guard sees it: close requests go through allowClose, as Electron's 'close' event does. */
function windowWithGuard(answer: boolean, saveWaitMs = 50) {
  const events: string[] = [];
  const questions: DiscardQuestion[] = [];
  let closed = false;
  const guard = createUnsavedChangesGuard({
    requestSave: () => events.push('save requested'),
    confirmDiscard: async (question) => {
      questions.push(question);
      events.push('asked');
      return answer;
    },
    close: () => {
      if (guard.allowClose()) closed = true;
    },
    saveWaitMs,
  });
  const clickClose = () => {
    if (guard.allowClose()) closed = true;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, saveWaitMs * 3));
  return { guard, events, questions, clickClose, settle, isClosed: () => closed };
}

describe('closing the window', () => {
  it('closes at once when everything is saved', () => {
    const w = windowWithGuard(false);
    w.clickClose();
    expect(w.isClosed()).toBe(true);
    expect(w.events).toEqual([]);
  });

  it('saves first and closes without asking when that save lands', async () => {
    const w = windowWithGuard(false);
    w.guard.setUnsaved(true, undefined);
    w.clickClose();
    expect(w.isClosed()).toBe(false);
    expect(w.events).toEqual(['save requested']);
    w.guard.setUnsaved(false, undefined); // the renderer reports the save stored
    await w.settle();
    expect(w.isClosed()).toBe(true);
    expect(w.events).toEqual(['save requested']);
  });

  it('asks, with the reason, when the save does not land, and keeps the window open on no', async () => {
    const w = windowWithGuard(false);
    w.guard.setUnsaved(true, DISK_FULL);
    w.clickClose();
    w.clickClose(); // a second click while deciding asks nothing more
    await w.settle();
    expect(w.isClosed()).toBe(false);
    expect(w.events).toEqual(['save requested', 'asked']);
    expect(w.questions).toEqual([discardQuestion(DISK_FULL)]);
    expect(w.questions[0]!.detail).toBe(`${DISK_FULL}\n\nIf you close the window now, those changes are lost.`);
    expect(w.questions[0]!.buttons).toEqual(['Keep the window open', 'Close and lose the changes']);

    // Asked again next time, not remembered as "closing".
    w.clickClose();
    await w.settle();
    expect(w.events).toEqual(['save requested', 'asked', 'save requested', 'asked']);
  });

  it('closes when the user chooses to lose the changes', async () => {
    const w = windowWithGuard(true);
    w.guard.setUnsaved(true, DISK_FULL);
    w.clickClose();
    await w.settle();
    expect(w.isClosed()).toBe(true);
  });

  it('forgets what a page reported once a new page loads', () => {
    const w = windowWithGuard(false);
    w.guard.setUnsaved(true, DISK_FULL);
    w.guard.reset();
    w.clickClose();
    expect(w.isClosed()).toBe(true);
  });
});
