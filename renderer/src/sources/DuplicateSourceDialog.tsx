import type { DuplicateChoice, SourceSummary } from '../../../electron/shared/ipcContract.ts';
import { Dialog } from '../ui/Dialog.tsx';

interface DuplicateSourceDialogProps {
  /** The title the new source would have had. */
  incomingTitle: string;
  existing: SourceSummary;
  attachToStory: boolean;
  /** null: neither — nothing is added. */
  onChoose: (choice: Exclude<DuplicateChoice, 'ask'> | null) => void;
}

/** Asked when a new source has the same text as one in the library: the same wire story imported
 *  twice would otherwise count as two sources agreeing with each other. */
export function DuplicateSourceDialog({ incomingTitle, existing, attachToStory, onChoose }: DuplicateSourceDialogProps) {
  const added = new Date(existing.createdAt).toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <Dialog
      title="This source is already in the library"
      onClose={() => onChoose(null)}
      onSubmit={() => onChoose('use-existing')}
      footer={
        <>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            Cancel
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={() => onChoose('keep-both')}>
            Keep both
          </button>
          <button type="submit" className="button button-primary" autoFocus>
            Use existing
          </button>
        </>
      }
    >
      <p>
        “{incomingTitle || 'This source'}” has the same text as <strong>“{existing.title}”</strong>
        {existing.outlet ? ` (${existing.outlet})` : ''}, added on {added}.
      </p>
      <p className="dialog-hint">
        {attachToStory ? 'Use existing attaches that source to this story instead of adding a copy.' : 'Use existing adds nothing.'} Keep both adds a
        second source with the same text.
      </p>
    </Dialog>
  );
}
