import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { guessPastedSourceDetails } from './guessPastedSourceDetails.ts';

export interface PastedSource {
  title: string;
  outlet: string;
  /** YYYY-MM-DD or ''. */
  published: string;
  text: string;
}

interface AddSourceDialogProps {
  attachToStory: boolean;
  onAdd: (input: PastedSource) => Promise<string | null>;
  onClose: () => void;
}

type Field = 'title' | 'outlet' | 'published';

/** Paste a source's text (a wire report, a press release) with its title, outlet and date. The
 *  date matters: "on Monday" in the source is placed on the calendar from it. Fields are filled
 *  from the text's first lines until the user types in them. */
export function AddSourceDialog({ attachToStory, onAdd, onClose }: AddSourceDialogProps) {
  const [text, setText] = useState('');
  const [details, setDetails] = useState({ title: '', outlet: '', published: '' });
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const changeText = (next: string) => {
    setText(next);
    setError('');
    const guess = guessPastedSourceDetails(next);
    // A field the user has typed in keeps what they typed; the others follow the text.
    setDetails((current) => ({
      title: edited.has('title') ? current.title : guess.title,
      outlet: edited.has('outlet') ? current.outlet : guess.outlet,
      published: edited.has('published') ? current.published : guess.published,
    }));
  };
  const changeField = (field: Field, value: string) => {
    setEdited((fields) => new Set(fields).add(field));
    setDetails((current) => ({ ...current, [field]: value }));
  };

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
        const failure = await onAdd({ title: details.title.trim(), outlet: details.outlet.trim(), published: details.published, text });
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
        <span className="field-label">Text</span>
        <textarea
          autoFocus
          rows={10}
          value={text}
          onChange={(e) => changeText(e.target.value)}
          placeholder="Paste the report, statement or transcript here"
        />
      </label>
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={details.title} onChange={(e) => changeField('title', e.target.value)} placeholder="Taken from the first line" />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Outlet</span>
          <input type="text" value={details.outlet} onChange={(e) => changeField('outlet', e.target.value)} placeholder="e.g. Reuters" />
        </label>
        <label className="field">
          <span className="field-label">Published</span>
          <input type="date" value={details.published} onChange={(e) => changeField('published', e.target.value)} />
        </label>
      </div>
      {details.published === '' && text.trim() !== '' && (
        <p className="dialog-hint">No date found in the first lines. Add one, so that “yesterday” and “on Monday” in the source can be placed.</p>
      )}
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}
