// Under the editor's top bar when a newsroom server is set: where the open story stands (who
// submitted it, who sent it back and why), the lock banner ("Dana is editing", Take over), a
// conflict with someone else's version (the merge view shows in place of the editor), and the
// review actions — Submit for review for the writer,
// Send back and Approve for the desk's editor once it has been submitted.
import { useState } from 'react';
import type { NewsroomStory } from '../../../electron/shared/newsroomContract.ts';
import { Dialog } from '../ui/Dialog.tsx';
import type { NewsroomController } from './useNewsroom.ts';
import '../styles/newsroom.css';

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

function standing(story: NewsroomStory): string {
  const event = story.lastEvent;
  if (!story.shared) return 'Only on this computer: submit it to send it to your desk.';
  if (!event) return 'On the newsroom server.';
  if (story.waitingToSend) {
    const what = event.kind === 'submitted' ? 'Submitted for review' : event.kind === 'approved' ? 'Approved' : event.kind === 'changes_requested' ? 'Sent back' : 'Withdrawn';
    return `${what}: waiting on this computer, sent as soon as the newsroom server can be reached.`;
  }
  switch (event.kind) {
    case 'submitted':
      return `Submitted for review by ${event.by}, ${when(event.at)}.`;
    case 'changes_requested':
      return `Sent back by ${event.by}, ${when(event.at)}${event.note ? `: “${event.note}”` : '.'}`;
    case 'approved':
      return `Approved by ${event.by}, ${when(event.at)}.`;
    case 'withdrawn':
      return `Withdrawn by ${event.by}, ${when(event.at)}.`;
  }
}

export interface NewsroomStripProps {
  newsroom: NewsroomController;
  /** Stores the editor's unsaved edits first, so what is sent is what is on screen. */
  flush: () => Promise<void>;
  notify: (message: string, kind?: 'error') => void;
}

export function NewsroomStrip({ newsroom, flush, notify }: NewsroomStripProps) {
  const [sendingBack, setSendingBack] = useState(false);
  const story = newsroom.story;
  if (newsroom.sync.kind === 'off') return null;
  const run = async (action: 'submit' | 'approve' | 'send-back', note?: string) => {
    await flush();
    const outcome = await newsroom.act(action, note);
    if ('problem' in outcome) return notify(outcome.problem, 'error');
    if (outcome.story.waitingToSend) return notify('The newsroom server cannot be reached: this waits on this computer and is sent as soon as it can be.');
    notify(action === 'submit' ? 'Submitted for review.' : action === 'approve' ? 'Approved.' : 'Sent back to the writer.');
  };

  if (!story) {
    // Not known yet because the server cannot be reached: say so, and still let the writer submit
    // (it is queued when this computer has been connected before).
    return newsroom.storyError ? (
      <div className="newsroom-strip" role="region" aria-label="Newsroom">
        <span className="newsroom-standing">{newsroom.storyError}</span>
        {newsroom.sync.kind === 'offline' && (
          <button type="button" className="button button-small" disabled={newsroom.busy} onClick={() => void run('submit')}>
            Submit for review
          </button>
        )}
      </div>
    ) : null;
  }

  const waiting = story.lastEvent?.kind === 'submitted';
  const canDecide = story.role === 'editor' && waiting;
  return (
    <>
      {story.lock && (
        <div className="banner banner-warning" role="alert" data-lock-holder={story.lock.holder}>
          <span>
            {story.lock.stale
              ? `${story.lock.holderName} was editing this story and has not been heard from since; the lock lapses at ${new Date(story.lock.expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`
              : `${story.lock.holderName} is editing this story. Changes you make here may clash with theirs.`}
          </span>
          {story.role === 'editor' && (
            <button
              type="button"
              className="button button-small"
              disabled={newsroom.busy}
              onClick={() => void newsroom.takeOver().then((problem) => notify(problem ?? `You are editing now; ${story.lock?.holderName} will see that.`, problem ? 'error' : undefined))}
            >
              Take over
            </button>
          )}
        </div>
      )}
      {story.conflict && (
        <div className="banner banner-warning" role="alert" data-conflict="true">
          <span>Someone else saved this story while you were editing it. Choose what to keep below; until then your edits wait on this computer.</span>
        </div>
      )}
      <div className="newsroom-strip" role="region" aria-label="Newsroom review">
        <span className="newsroom-standing" data-review-event={story.lastEvent?.kind ?? 'none'} data-waiting-to-send={story.waitingToSend === true}>{standing(story)}</span>
        {!waiting && !story.waitingToSend && (
          <button type="button" className="button button-small button-primary" disabled={newsroom.busy || story.conflict} onClick={() => void run('submit')}>
            Submit for review
          </button>
        )}
        {canDecide && (
          <>
            <button type="button" className="button button-small" disabled={newsroom.busy} onClick={() => setSendingBack(true)}>
              Send back…
            </button>
            <button type="button" className="button button-small button-primary" disabled={newsroom.busy} onClick={() => void run('approve')}>
              Approve
            </button>
          </>
        )}
      </div>
      {sendingBack && (
        <SendBackDialog
          onClose={() => setSendingBack(false)}
          onSend={(note) => {
            setSendingBack(false);
            void run('send-back', note);
          }}
        />
      )}
    </>
  );
}

function SendBackDialog({ onSend, onClose }: { onSend: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <Dialog
      title="Send back to the writer"
      onClose={onClose}
      onSubmit={() => onSend(note.trim())}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Send back</button>
        </>
      }
    >
      <p className="dialog-text">The writer gets the story back with your claim decisions and comments.</p>
      <label className="field">
        <span className="field-label">Note to the writer (optional)</span>
        <textarea autoFocus rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </Dialog>
  );
}
