// The small dialogs of Review mode: the reviewer's name, a decision that needs words (a note for
// "needs change", a reason for "dismiss"), a new comment, and the choice when an imported story
// already exists here.
import { useState } from 'react';
import { DISMISS_REASON_LABELS, DISMISS_REASONS } from '../../../core/index.ts';
import type { DismissReason, TextAnchor } from '../../../core/index.ts';
import { Dialog } from '../ui/Dialog.tsx';
import type { DecisionInput, DecisionRequest, ImportChoice, PublishCheck } from './useReview.ts';

export function ReviewerNameDialog({ initial, onSave, onClose }: { initial: string; onSave: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  return (
    <Dialog
      title="Reviewer name"
      onClose={onClose}
      onSubmit={() => (name.trim() === '' ? setError('Enter the name your decisions and comments will carry.') : onSave(name.trim()))}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Save</button>
        </>
      }
    >
      <p className="dialog-text">Every review decision and comment records who made it. The name is kept in this library’s preferences.</p>
      <label className="field">
        <span className="field-label">Your name</span>
        <input autoFocus type="text" maxLength={120} value={name} onChange={(e) => { setName(e.target.value); setError(''); }} aria-invalid={error !== ''} />
      </label>
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}

export function DecisionDialog({ request, onDecide, onClose }: { request: DecisionRequest; onDecide: (input: DecisionInput) => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState<DismissReason[]>([]);
  const [reasonText, setReasonText] = useState('');
  const [error, setError] = useState('');
  const dismiss = request.kind === 'dismiss';
  const submit = () => {
    if (dismiss && reasons.length === 0 && reasonText.trim() === '') return setError('Pick a reason or write one.');
    if (!dismiss && note.trim() === '') return setError('Tell the writer what to change.');
    onDecide(dismiss ? { reasons, reasonText: reasonText.trim() } : { note: note.trim() });
  };
  return (
    <Dialog
      title={dismiss ? `Dismiss “${request.claim.text}”` : `Send “${request.claim.text}” back to the writer`}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">{dismiss ? 'Dismiss' : 'Send back'}</button>
        </>
      }
    >
      <p className="dialog-text review-dialog-claim">{request.claim.explanation}</p>
      {dismiss ? (
        <>
          <fieldset className="review-reasons">
            <legend className="field-label">Reason</legend>
            {DISMISS_REASONS.map((reason) => (
              <label key={reason} className="check">
                <input
                  type="checkbox"
                  checked={reasons.includes(reason)}
                  onChange={(e) => {
                    setError('');
                    setReasons((all) => (e.target.checked ? [...all, reason] : all.filter((r) => r !== reason)));
                  }}
                />
                {DISMISS_REASON_LABELS[reason]}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field-label">Other reason</span>
            <input type="text" maxLength={2000} value={reasonText} onChange={(e) => { setReasonText(e.target.value); setError(''); }} />
          </label>
        </>
      ) : (
        <label className="field">
          <span className="field-label">Note to the writer</span>
          <textarea autoFocus rows={4} maxLength={5000} value={note} onChange={(e) => { setNote(e.target.value); setError(''); }} aria-invalid={error !== ''} />
        </label>
      )}
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}

export function CommentDialog({ anchor, onSave, onClose }: { anchor: TextAnchor; onSave: (body: string) => void; onClose: () => void }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  return (
    <Dialog
      title="Comment"
      onClose={onClose}
      onSubmit={() => (body.trim() === '' ? setError('Write the comment first.') : onSave(body.trim()))}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Add comment</button>
        </>
      }
    >
      <blockquote className="review-quote">“{anchor.text.length > 200 ? `${anchor.text.slice(0, 200)}…` : anchor.text}”</blockquote>
      <label className="field">
        <span className="field-label">Comment</span>
        <textarea autoFocus rows={4} maxLength={10_000} value={body} onChange={(e) => { setBody(e.target.value); setError(''); }} aria-invalid={error !== ''} />
      </label>
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
};

export function ImportChoiceDialog({ choice, onChoose, onClose }: { choice: ImportChoice; onChoose: (how: 'keep-both' | 'replace') => void; onClose: () => void }) {
  return (
    <Dialog
      title="This story is already in your library"
      onClose={onClose}
      onSubmit={() => onChoose('keep-both')}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <span className="spacer" />
          <button type="button" className="button" onClick={() => onChoose('replace')}>Replace</button>
          <button type="submit" className="button button-primary">Keep both</button>
        </>
      }
    >
      <dl className="import-compare">
        <dt>In your library</dt>
        <dd>“{choice.localTitle}”, last changed {when(choice.localUpdatedAt)}</dd>
        <dt>In the package</dt>
        <dd>“{choice.incomingTitle}”, last changed {when(choice.incomingUpdatedAt)}</dd>
        <dt>Review</dt>
        <dd>
          The package holds {plural(choice.incomingDecisions, 'review decision')} and {plural(choice.incomingComments, 'comment')}
          {choice.incomingReviewers.length > 0 && ` by ${choice.incomingReviewers.join(', ')}`}; your copy has {plural(choice.localDecisions, 'decision')}.
        </dd>
      </dl>
      <p className="dialog-text">
        <strong>Keep both</strong> adds the package as a new story marked “(imported)”. <strong>Replace</strong> opens the package’s
        version, decisions and comments in place of yours; your version is kept as a deleted story, and the notice after the import
        restores it.
      </p>
    </Dialog>
  );
}

/** Blockers listed before the rest are summed up: enough to see what is wrong without a wall of text. */
const LISTED_BLOCKERS = 6;

/** Asked before an export for publication when the gate is not ready. Cancel is the default:
 *  it has the focus, and Enter or Escape picks it. */
export function PublishCheckDialog({ check }: { check: PublishCheck }) {
  const more = check.blockers.length - LISTED_BLOCKERS;
  return (
    <Dialog
      title="Not ready for publication"
      onClose={() => check.answer(false)}
      onSubmit={() => check.answer(false)}
      footer={
        <>
          <span className="spacer" />
          <button type="submit" className="button" autoFocus>Cancel</button>
          <button type="button" className="button button-danger" onClick={() => check.answer(true)}>Export anyway</button>
        </>
      }
    >
      <p className="dialog-text" data-testid="publish-check-text">
        This story is not ready for publication: {check.blockedBy}. Export anyway?
      </p>
      <ul className="publish-blockers">
        {check.blockers.slice(0, LISTED_BLOCKERS).map((line, i) => <li key={`${i}:${line}`}>{line}</li>)}
        {more > 0 && <li>and {more} more — see the Review tab</li>}
      </ul>
    </Dialog>
  );
}
