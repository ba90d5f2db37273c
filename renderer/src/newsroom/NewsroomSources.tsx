// The Newsroom scope of the Sources tab: the desk's shared library, searched on the server.
// A hit can be copied into this library (and attached to the open story), after which it checks
// figures like any local source, offline too.
import { useEffect, useState } from 'react';
import type { NewsroomSourceHit, SyncStateView } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';
import { Icon } from '../ui/Icon.tsx';
import { useToast } from '../ui/Toasts.tsx';
import '../styles/newsroom.css';
import { NoNewsroomServer } from './NoNewsroomServer.tsx';

/** Server searches wait for this pause in typing: one query per word, not per letter. */
const SEARCH_PAUSE_MS = 300;

export function NewsroomSources({ sync, storyId, onCopied, onSetUp }: {
  sync: SyncStateView;
  storyId: string | null;
  onCopied: () => void;
  onSetUp: () => void;
}) {
  const notify = useToast();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<NewsroomSourceHit[] | null>(null);
  const [error, setError] = useState('');
  const [searching, setSearching] = useState(false);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '' || sync.kind === 'off') {
      setHits(null);
      setError('');
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      setSearching(true);
      void call('searchNewsroomSources', { query: trimmed }).then((result) => {
        if (!live) return;
        setSearching(false);
        if (result.ok) {
          setHits(result.value.hits);
          setError('');
        } else {
          setHits(null);
          setError(result.error.message);
        }
      });
    }, SEARCH_PAUSE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [trimmed, sync.kind]);

  if (sync.kind === 'off') {
    return <NoNewsroomServer holds="The newsroom library holds the sources your colleagues have filed. Set up your newsroom’s server to search it." onSetUp={onSetUp} />;
  }

  const copy = async (hit: NewsroomSourceHit) => {
    const result = await call('copyNewsroomSource', { id: hit.id, ...(storyId ? { storyId } : {}) });
    if (!result.ok) return notify({ kind: 'error', message: `“${hit.title}” could not be copied. ${result.error.message}` });
    onCopied();
    notify({ message: `Copied “${result.value.title}” into your library${storyId ? ' and attached it to this story' : ''}.` });
  };

  return (
    <div className="newsroom-sources">
      <label className="search">
        <Icon name="search" />
        <input type="search" aria-label="Search the newsroom library" placeholder="Search the newsroom library" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {sync.kind === 'offline' && (
        <p className="newsroom-offline" role="status">
          The newsroom server cannot be reached right now ({sync.reason}). Your own library still works.
        </p>
      )}
      {error && (
        <div className="empty-state" role="status">
          <p className="empty-title">The newsroom library could not be searched</p>
          <p>{error}</p>
        </div>
      )}
      {!error && trimmed === '' && (
        <p className="empty-state">Type to search the sources your newsroom has filed: reports, filings, transcripts.</p>
      )}
      {!error && trimmed !== '' && hits === null && searching && <div className="panel-loading">Searching the newsroom library…</div>}
      {!error && hits?.length === 0 && <p className="empty-state">No newsroom source mentions “{trimmed}”. Try fewer or different words.</p>}
      {!error && hits && hits.length > 0 && (
        <ul className="source-list" aria-label="Newsroom search results">
          {hits.map((hit) => (
            <li key={hit.id} className="source-item">
              <div className="source-open newsroom-hit">
                <span className="source-title">{hit.title}</span>
                <span className="source-meta">{hit.deskId} desk</span>
                <span className="source-snippet">
                  {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </span>
              </div>
              <button
                type="button"
                className="attach-toggle"
                aria-label={storyId ? `Copy ${hit.title} into your library and attach it to this story` : `Copy ${hit.title} into your library`}
                title={storyId ? 'Copy into your library and attach to this story' : 'Copy into your library'}
                onClick={() => void copy(hit)}
              >
                <Icon name={storyId ? 'attach' : 'upload'} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
