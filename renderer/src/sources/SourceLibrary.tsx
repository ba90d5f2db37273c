import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { DuplicateChoice, SourceListItem, SourceSummary } from '../../../electron/shared/ipcContract.ts';
import { MIN_PREFIX_CHARS, searchTerms } from '../../../electron/shared/searchTerms.ts';
import { readableFormatList, sourceFileAccept } from '../../../electron/shared/sourceFormats.ts';
import { call } from '../bridge.ts';
import { Icon } from '../ui/Icon.tsx';
import { useToast } from '../ui/Toasts.tsx';
import { AddSourceDialog } from './AddSourceDialog.tsx';
import type { PastedSource } from './AddSourceDialog.tsx';
import { SourceReader } from './SourceReader.tsx';
import { useDuplicatePrompt } from './useDuplicatePrompt.ts';
import type { ImportJob } from './useSourceImport.ts';

interface SourceLibraryProps {
  storyId: string | null;
  attached: SourceSummary[];
  /** Bumped whenever sources change elsewhere (an import finished), to refresh the list. */
  version: number;
  imports: ImportJob[];
  importFiles: (files: File[]) => void;
  onAttachedChange: (sources: SourceSummary[]) => void;
  onLibraryChange: () => void;
  /** Asks the library to show a source (the next issue's evidence cards open it here). */
  openSourceId: string | null;
  onOpenSource: (id: string | null) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** A menu command for the library (File › Import…, Paste source…). */
  command: LibraryCommand | null;
  /** The Newsroom scope (the shared library on the server); without it the switch is not shown. */
  newsroomScope?: ReactNode;
}

export interface LibraryCommand {
  kind: 'import-source' | 'paste-source';
  nonce: number;
}

/** Whether the word being typed is still too short to match the start of longer words. */
function lastWordIsShort(query: string): boolean {
  const last = searchTerms(query).at(-1);
  return last !== undefined && !last.prefix;
}

function metaLine(source: SourceSummary): string {
  const parts = [source.outlet, source.published ? new Date(`${source.published}T12:00:00`).toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' }) : '', source.fileType === 'paste' ? 'pasted' : source.fileType.toUpperCase()];
  return parts.filter((p) => p !== '').join(' · ');
}

export function SourceLibrary(props: SourceLibraryProps) {
  const { storyId, attached, version, imports, importFiles, onAttachedChange, onLibraryChange, openSourceId, onOpenSource, searchRef, command, newsroomScope } = props;
  const notify = useToast();
  const [scope, setScope] = useState<'library' | 'newsroom'>('library');
  const [query, setQuery] = useState('');
  const [sources, setSources] = useState<SourceListItem[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [adding, setAdding] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const attachedIds = new Set(attached.map((s) => s.id));
  const duplicates = useDuplicatePrompt(storyId !== null);
  const askAboutDuplicate = duplicates.ask;

  useEffect(() => {
    if (!command) return;
    onOpenSource(null);
    if (command.kind === 'paste-source') setAdding(true);
    else window.setTimeout(() => fileInput.current?.click(), 0);
  }, [command, onOpenSource]);

  useEffect(() => {
    let live = true;
    // Searching waits for a pause in typing; an empty box lists everything at once.
    const timer = window.setTimeout(
      () => {
        void call('listSources', query.trim() ? { query: query.trim() } : {}).then((result) => {
          if (!live) return;
          if (result.ok) {
            setSources(result.value.sources);
            setLoadError('');
          } else {
            setLoadError(result.error.message);
          }
        });
      },
      query.trim() ? 200 : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, version]);

  const toggleAttach = useCallback(
    async (sourceId: string) => {
      if (!storyId) return;
      const isAttached = attached.some((s) => s.id === sourceId);
      const result = await call(isAttached ? 'detachSource' : 'attachSource', { storyId, sourceId });
      if (result.ok) onAttachedChange(result.value.sources);
      else notify({ kind: 'error', message: `The source could not be ${isAttached ? 'detached' : 'attached'}. ${result.error.message}` });
    },
    [storyId, attached, onAttachedChange, notify],
  );

  const deleteSource = useCallback(
    async (source: { id: string; title: string }) => {
      const result = await call('deleteSource', { id: source.id });
      if (!result.ok) {
        notify({ kind: 'error', message: `“${source.title}” could not be deleted. ${result.error.message}` });
        return;
      }
      onOpenSource(null);
      onLibraryChange();
      notify({
        message: `Deleted “${source.title}”.`,
        action: {
          label: 'Undo',
          run: () =>
            void call('restoreSource', { id: source.id }).then((restored) => {
              if (restored.ok) onLibraryChange();
              else notify({ kind: 'error', message: `“${source.title}” could not be restored. ${restored.error.message}` });
            }),
        },
      });
    },
    [notify, onLibraryChange, onOpenSource],
  );

  const addPasted = useCallback(
    async ({ title, outlet, published, text }: PastedSource): Promise<string | null> => {
      const send = (onDuplicate: DuplicateChoice) =>
        call('createSource', {
          text, onDuplicate, ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}), ...(storyId ? { storyId } : {}),
        });
      let result = await send('ask');
      if (result.ok && result.value.status === 'duplicate') {
        const choice = await askAboutDuplicate(result.value.existing, result.value.incomingTitle);
        // Cancel keeps the paste dialog open with its text, so nothing typed is lost.
        if (choice === null) return 'The library already has this text. Choose Keep both or Use existing, or cancel.';
        result = await send(choice);
      }
      if (!result.ok) return result.error.message;
      if (result.value.status === 'duplicate') return 'The library already has this text.';
      onLibraryChange();
      const source = result.value;
      notify({
        message: source.status === 'existing'
          ? `“${source.title}” was already in the library${storyId ? '; it is attached to this story' : ''}.`
          : `Added “${source.title}”${storyId ? ' and attached it to this story' : ''}.`,
      });
      return null;
    },
    [storyId, onLibraryChange, notify, askAboutDuplicate],
  );

  if (openSourceId) {
    const summary = sources?.find((s) => s.id === openSourceId);
    return (
      <SourceReader
        key={openSourceId}
        sourceId={openSourceId}
        attached={attachedIds.has(openSourceId)}
        canAttach={storyId !== null}
        onBack={() => onOpenSource(null)}
        onToggleAttach={() => void toggleAttach(openSourceId)}
        onDelete={() => void deleteSource({ id: openSourceId, title: summary?.title ?? 'the source' })}
        onUpdated={onLibraryChange}
      />
    );
  }

  const scopeSwitch = newsroomScope !== undefined && (
    <div className="scope-switch" role="group" aria-label="Which library">
      <button type="button" className="button button-small" aria-pressed={scope === 'library'} onClick={() => setScope('library')}>This computer</button>
      <button type="button" className="button button-small" aria-pressed={scope === 'newsroom'} onClick={() => setScope('newsroom')}>Newsroom</button>
    </div>
  );
  if (scope === 'newsroom' && newsroomScope !== undefined) {
    return (
      <div className="library">
        {scopeSwitch}
        {newsroomScope}
      </div>
    );
  }

  const searching = query.trim() !== '';
  return (
    <div className="library">
      {scopeSwitch}
      <div className="library-actions">
        <button type="button" className="button button-small" onClick={() => setAdding(true)}>
          <Icon name="paste" /> Paste source
        </button>
        <button type="button" className="button button-small" onClick={() => fileInput.current?.click()}>
          <Icon name="upload" /> Import file
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={sourceFileAccept()}
          data-testid="import-file-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) importFiles(files);
          }}
        />
      </div>
      <label className="search">
        <Icon name="search" />
        <input
          ref={searchRef}
          type="search"
          aria-label="Search sources"
          placeholder="Search sources"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {imports.length > 0 && (
        <div className="import-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          <span>
            Importing {imports.length === 1 ? `“${imports[0]?.fileName}”` : `${imports.length} files`}…
          </span>
        </div>
      )}
      {loadError && <p className="field-error">The library could not be loaded. {loadError}</p>}
      {sources === null && !loadError ? (
        <div className="panel-loading">Loading sources…</div>
      ) : sources && sources.length === 0 ? (
        searching ? (
          <p className="empty-state">
            No sources mention “{query.trim()}”.{' '}
            {lastWordIsShort(query)
              ? `A word of one letter is matched whole; type ${MIN_PREFIX_CHARS} letters or more to find words that start with them.`
              : 'Try fewer or different words.'}
          </p>
        ) : (
          <div className="empty-state">
            <p className="empty-title">No sources yet</p>
            <p>Add the documents this story should be checked against: paste a report, import a {readableFormatList().replace(' and ', ' or ')} file, or drop files anywhere on this window.</p>
          </div>
        )
      ) : (
        <ul className="source-list" aria-label={searching ? 'Search results' : 'Sources'}>
          {sources?.map((source) => {
            const isAttached = attachedIds.has(source.id);
            return (
              <li key={source.id} className={isAttached ? 'source-item attached' : 'source-item'}>
                <button type="button" className="source-open" onClick={() => onOpenSource(source.id)}>
                  <span className="source-title">{source.title}</span>
                  <span className="source-meta">{metaLine(source)}</span>
                  {source.snippet && (
                    <span className="source-snippet">
                      {source.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </span>
                  )}
                </button>
                {storyId && (
                  <button
                    type="button"
                    className={isAttached ? 'attach-toggle on' : 'attach-toggle'}
                    aria-pressed={isAttached}
                    aria-label={isAttached ? `Detach ${source.title} from this story` : `Attach ${source.title} to this story`}
                    title={isAttached ? 'Checked against this story — click to detach' : 'Attach to this story'}
                    onClick={() => void toggleAttach(source.id)}
                  >
                    <Icon name={isAttached ? 'check' : 'attach'} />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {adding && <AddSourceDialog attachToStory={storyId !== null} onAdd={addPasted} onClose={() => setAdding(false)} />}
      {duplicates.prompt}
    </div>
  );
}
