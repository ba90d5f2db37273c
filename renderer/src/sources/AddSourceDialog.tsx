import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';

interface AddSourceDialogProps {
  attachToStory: boolean;
  onAdd: (input: { title: string; text: string }) => Promise<string | null>;
  onClose: () => void;
}

/** Paste a source's text (a wire report, a press release) with an optional title. */
export function AddSourceDialog({ attachToStory, onAdd, onClose }: AddSourceDialogProps) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <Dialog
      title="Paste a source"
      wide
      onClose={onClose}
      onSubmit={async () => {
        if (text.trim() === '') {
          setError('Paste the source’s text first.');
          return;
        }
        setBusy(true);
        const failure = await onAdd({ title: title.trim(), text });
        setBusy(false);
        if (failure) setError(failure);
        else onClose();
      }}
      footer={
        <>
          <span className="dialog-hint">{attachToStory ? 'It will be attached to the open story.' : ''}</span>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add source'}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Title (optional)</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Taken from the first line if left empty" />
      </label>
      <label className="field">
        <span className="field-label">Text</span>
        <textarea
          autoFocus
          rows={12}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
          placeholder="Paste the report, statement or transcript here"
        />
      </label>
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}
