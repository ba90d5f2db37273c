// Which open (or just closed) story editors hold edits the library does not have yet. One record
// for the window rather than one per editor: an editor left behind by a story switch keeps
// retrying its failed save, and closing the window must still count its edit.
import { call, isDesktop } from '../bridge.ts';

class UnsavedEdits {
  /** Editor → why its last save failed (undefined while it simply has not been saved yet). */
  private readonly holders = new Map<object, string | undefined>();
  private reported: { unsaved: boolean; problem: string | undefined } = { unsaved: false, problem: undefined };

  set(holder: object, problem: string | undefined): void {
    this.holders.set(holder, problem);
    this.report();
  }

  delete(holder: object): void {
    if (this.holders.delete(holder)) this.report();
  }

  any(): boolean {
    return this.holders.size > 0;
  }

  /** Tells the desktop main process, on changes only: keystrokes must not each cost an IPC call. */
  private report(): void {
    if (!isDesktop()) return;
    const unsaved = this.any();
    const problem = [...this.holders.values()].findLast((p) => p !== undefined);
    if (unsaved === this.reported.unsaved && problem === this.reported.problem) return;
    this.reported = { unsaved, problem };
    void call('setUnsavedChanges', problem === undefined ? { unsaved } : { unsaved, problem: problem.slice(0, 500) });
  }
}

export const unsavedEdits = new UnsavedEdits();
