// The review queue: stories submitted on the person's desks, oldest first, with who submitted
// each, when, and how many blockers it had then. Opening one brings the submitted version, its
// sources and its review into this library.
import { useCallback, useEffect, useState } from 'react';
import type { QueueItem, SyncStateView } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';
import '../styles/newsroom.css';
import { NoNewsroomServer } from './NoNewsroomServer.tsx';

/** The queue on screen refreshes itself this often: a submission shows up within half a minute. */
const QUEUE_POLL_MS = 30_000;

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function ReviewQueue({ sync, onOpen, onSetUp }: { sync: SyncStateView; onOpen: (storyId: string) => Promise<void>; onSetUp: () => void }) {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState('');
  const [opening, setOpening] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call('getReviewQueue', {});
    if (result.ok) {
      setItems(result.value.items);
      setError('');
    } else {
      setError(result.error.message);
    }
  }, []);

  const off = sync.kind === 'off';
  useEffect(() => {
    if (off) return;
    void load();
    const timer = window.setInterval(() => void load(), QUEUE_POLL_MS);
    return () => window.clearInterval(timer);
  }, [off, sync.kind, load]);

  if (off) {
    return <NoNewsroomServer holds="The review queue lists the stories your desk has submitted. Set up your newsroom’s server to see it." onSetUp={onSetUp} />;
  }
  return (
    <div className="review-queue">
      <div className="library-actions">
        <button type="button" className="button button-small" onClick={() => void load()}>Refresh</button>
      </div>
      {error && (
        <div className="empty-state" role="status">
          <p className="empty-title">The queue could not be loaded</p>
          <p>{error}</p>
        </div>
      )}
      {!error && items === null && <div className="panel-loading">Loading the queue…</div>}
      {!error && items?.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">Nothing waiting for review</p>
          <p>Stories your desk submits for review appear here.</p>
        </div>
      )}
      {!error && items && items.length > 0 && (
        <ul className="queue-list" aria-label="Stories waiting for review">
          {items.map((item) => (
            <li key={item.serverId} className="queue-item" data-queue-story={item.storyId}>
              <div className="queue-text">
                <span className="queue-title">{item.title}</span>
                <span className="queue-meta">Submitted by {item.submittedBy} · {when(item.submittedAt)}</span>
                <span className={item.blockers === 0 ? 'queue-blockers queue-ready' : 'queue-blockers'}>
                  {item.blockers === 0 ? 'No blockers' : `${item.blockers} ${item.blockers === 1 ? 'blocker' : 'blockers'}: ${item.blockedBy}`}
                </span>
              </div>
              <button
                type="button"
                className="button button-small"
                disabled={opening !== null}
                aria-label={`Open “${item.title}” for review`}
                onClick={() => {
                  setOpening(item.storyId);
                  void onOpen(item.serverId).finally(() => {
                    setOpening(null);
                    void load();
                  });
                }}
              >
                {opening === item.storyId ? 'Opening…' : 'Open'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
