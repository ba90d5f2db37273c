import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeletedStory, MenuCommand, SourceSummary, Story, StorySummary } from '../../electron/shared/ipcContract.ts';
import { call, onMenuCommand } from './bridge.ts';
import { CheckedStoryEditor } from './checking/CheckedStoryEditor.tsx';
import { highlightSourceSpan } from './checking/highlightSourceSpan.ts';
import { useLiveChecking } from './checking/useLiveChecking.ts';
import type { SourceSpan } from './checking/useLiveChecking.ts';
import { ClaimsBadge, ClaimsPanel } from './claims/ClaimsPanel.tsx';
import type { StoryEditorHandle } from './editor/StoryEditor.tsx';
import { FactBoxPanel } from './factbox/FactBoxPanel.tsx';
import { NewsroomServerDialog } from './newsroom/NewsroomServerDialog.tsx';
import { NewsroomSources } from './newsroom/NewsroomSources.tsx';
import { MergeView } from './newsroom/MergeView.tsx';
import { NewsroomStrip } from './newsroom/NewsroomStrip.tsx';
import { ReviewQueue } from './newsroom/ReviewQueue.tsx';
import { SyncStatus } from './newsroom/SyncStatus.tsx';
import { useNewsroom } from './newsroom/useNewsroom.ts';
import { SidePanel } from './SidePanel.tsx';
import { SourceLibrary } from './sources/SourceLibrary.tsx';
import type { LibraryCommand } from './sources/SourceLibrary.tsx';
import { useSourceImport } from './sources/useSourceImport.ts';
import { StorySidebar } from './stories/StorySidebar.tsx';
import { useToast } from './ui/Toasts.tsx';
import { ReviewPanel } from './review/ReviewPanel.tsx';
import { ReviewStrip } from './review/ReviewStrip.tsx';
import { ReviewContext } from './review/reviewContext.ts';
import { openExportMenu, useReview } from './review/useReview.ts';

/** When the side panel is a drawer; the same width as the breakpoint in layout.css. */
const PANEL_DRAWER_QUERY = '(max-width: 1099px)';

export function App() {
  const notify = useToast();
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [deleted, setDeleted] = useState<{ stories: DeletedStory[]; keptForDays: number }>({ stories: [], keptForDays: 30 });
  const [story, setStory] = useState<Story | null>(null);
  const [starting, setStarting] = useState(true);
  const [attached, setAttached] = useState<SourceSummary[]>([]);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [openSourceId, setOpenSourceId] = useState<string | null>(null);
  const [libraryCommand, setLibraryCommand] = useState<LibraryCommand | null>(null);
  const [dragging, setDragging] = useState(false);
  const editorHandle = useRef<StoryEditorHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const storyId = story?.id ?? null;
  const [sideTab, setSideTab] = useState('sources');
  const [showSupported, setShowSupported] = useState(() => window.localStorage.getItem('crosscheck.showSupported') !== 'false');
  /** In a narrow window the story list and the side panel are drawers over the editor
   *  (layout.css decides when); this is the one that is out. */
  const [drawer, setDrawer] = useState<'stories' | 'panel' | null>(null);
  const newsroom = useNewsroom(storyId);
  const [serverDialog, setServerDialog] = useState(false);
  /** A story just created: its headline gets the caret once its editor is mounted. */
  const focusHeadlineOf = useRef<string | null>(null);

  const openSourceAt = useCallback((span: SourceSpan, title: string) => {
    setSideTab('sources');
    // Where the panel is a drawer, bring it out to show the source; elsewhere it is on screen.
    if (window.matchMedia(PANEL_DRAWER_QUERY).matches) setDrawer('panel');
    setOpenSourceId(span.sourceId);
    void highlightSourceSpan(title, span.start, span.end);
  }, []);
  const checking = useLiveChecking({
    storyId,
    published: story?.published ?? null,
    attached,
    onOpenSource: openSourceAt,
    onHidden: useCallback((undo: () => void) => notify({ message: 'Flag hidden in this story.', action: { label: 'Undo', run: undo } }), [notify]),
    onError: useCallback((message: string) => notify({ kind: 'error', message }), [notify]),
  });

  const failed = useCallback((what: string, message: string) => notify({ kind: 'error', message: `${what} ${message}` }), [notify]);

  const refreshStories = useCallback(async () => {
    const [result, gone] = await Promise.all([call('listStories', {}), call('listDeletedStories', {})]);
    if (result.ok) setStories(result.value.stories);
    else failed('The story list could not be loaded.', result.error.message);
    // The "Recently deleted" list is a convenience: if it cannot be read the sidebar just omits it.
    if (gone.ok) setDeleted(gone.value);
    return result.ok ? result.value.stories : [];
  }, [failed]);

  const refreshAttached = useCallback(
    async (id: string | null) => {
      if (!id) return setAttached([]);
      const result = await call('listStorySources', { storyId: id });
      if (result.ok) setAttached(result.value.sources);
    },
    [],
  );

  const showStory = useCallback(
    (next: Story) => {
      setStory(next);
      void call('setLastOpenedStory', { storyId: next.id });
      void refreshAttached(next.id);
    },
    [refreshAttached],
  );

  const openStory = useCallback(
    async (id: string) => {
      await editorHandle.current?.flush();
      const result = await call('getStory', { id });
      if (result.ok) showStory(result.value);
      else failed('The story could not be opened.', result.error.message);
    },
    [showStory, failed],
  );

  const createStory = useCallback(async () => {
    await editorHandle.current?.flush();
    const result = await call('createStory', {});
    if (!result.ok) return failed('A new story could not be created.', result.error.message);
    focusHeadlineOf.current = result.value.id;
    showStory(result.value);
    await refreshStories();
  }, [showStory, refreshStories, failed]);

  // Start-up: reopen the last story, else the newest, else start a fresh one.
  useEffect(() => {
    void (async () => {
      const [state, list] = await Promise.all([call('getAppState', {}), refreshStories()]);
      if (state.ok && state.value.preferences.theme !== 'system') document.documentElement.dataset.theme = state.value.preferences.theme;
      const last = state.ok ? state.value.lastOpenedStoryId : null;
      const target = list.find((s) => s.id === last) ?? list[0];
      if (target) await openStory(target.id);
      else if (state.ok) await createStory();
      else failed('Crosscheck could not start.', state.error.message);
      setStarting(false);
    })();
    // Runs once at start-up; later opens go through the sidebar.
  }, []);

  const renameStory = useCallback(
    async (id: string, title: string) => {
      const result = await call('renameStory', { id, title });
      if (!result.ok) return failed('The story could not be renamed.', result.error.message);
      setStories((all) => all.map((s) => (s.id === id ? result.value : s)));
    },
    [failed],
  );

  const setStoryPublished = useCallback(
    async (id: string, published: string | null) => {
      const result = await call('setStoryPublished', { id, published });
      if (!result.ok) return failed('The publication date could not be saved.', result.error.message);
      // The editor keeps its own document; only the date changes (no new revision, no remount).
      setStory((current) => (current && current.id === id ? { ...current, published: result.value.published } : current));
      setStories((all) => all.map((s) => (s.id === id ? result.value : s)));
    },
    [failed],
  );

  const duplicateStory = useCallback(
    async (id: string) => {
      await editorHandle.current?.flush();
      const result = await call('duplicateStory', { id });
      if (!result.ok) return failed('The story could not be duplicated.', result.error.message);
      await refreshStories();
      showStory(result.value);
      notify({ message: `Opened the copy, “${result.value.title}”.` });
    },
    [refreshStories, showStory, notify, failed],
  );

  const restoreStory = useCallback(
    async (id: string, title: string) => {
      const restored = await call('restoreStory', { id });
      if (!restored.ok) return failed(`“${title}” could not be restored.`, restored.error.message);
      await refreshStories();
      await openStory(id);
    },
    [refreshStories, openStory, failed],
  );

  const deleteStory = useCallback(
    async (id: string) => {
      const title = stories.find((s) => s.id === id)?.title ?? 'the story';
      if (id === storyId) await editorHandle.current?.flush();
      const result = await call('deleteStory', { id });
      if (!result.ok) return failed(`“${title}” could not be deleted.`, result.error.message);
      const remaining = await refreshStories();
      if (id === storyId) {
        const next = remaining[0];
        if (next) await openStory(next.id);
        else {
          setStory(null);
          void call('setLastOpenedStory', { storyId: null });
        }
      }
      notify({
        message: `Deleted “${title}”.`,
        action: {
          label: 'Undo',
          run: () => void restoreStory(id, title),
        },
      });
    },
    [stories, storyId, refreshStories, openStory, notify, failed, restoreStory],
  );

  const onLibraryChange = useCallback(() => {
    setLibraryVersion((v) => v + 1);
    void refreshAttached(storyId);
  }, [refreshAttached, storyId]);

  const { jobs, importFiles, duplicatePrompt } = useSourceImport(storyId, onLibraryChange);

  const review = useReview({
    storyId,
    notify,
    flush: async () => {
      await editorHandle.current?.flush();
    },
    openImported: async (id) => {
      // The package may have brought sources: the library list must show them now, not after a reload.
      setLibraryVersion((v) => v + 1);
      await refreshStories();
      await openStory(id);
    },
  });
  // The live checker draws dismissed flags quietly; the views below get the review through ReviewContext.
  const { reviewChanged } = checking;
  useEffect(() => {
    reviewChanged(review);
  }, [reviewChanged, review]);
  const importPackage = review.importFile;

  /** Opens a story from the review queue (by its server id): the sync has brought it into this
   *  library; this adds the sources, decisions and comments of its last review action and shows it. */
  const openFromNewsroom = useCallback(async (id: string) => {
    await editorHandle.current?.flush();
    const opened = await call('openFromNewsroom', { storyId: id });
    if (!opened.ok) return failed('The story could not be opened from the newsroom server.', opened.error.message);
    setLibraryVersion((v) => v + 1);
    await refreshStories();
    await openStory(opened.value.storyId);
    await newsroom.refreshStory();
    void review.refresh();
  }, [failed, refreshStories, openStory, newsroom, review]);

  // Files dropped anywhere on the window become sources (story packages open as stories); text dropped in the editor stays text.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      // Story packages open as stories; every other file becomes a source.
      const packages = files.filter((file) => /\.crosscheck$/i.test(file.name));
      for (const file of packages) void importPackage(file);
      const sources = files.filter((file) => !packages.includes(file));
      if (sources.length > 0) void importFiles(sources);
    };
    window.addEventListener('dragenter', onEnter, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('dragover', onOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragenter', onEnter, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('dragover', onOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importFiles, importPackage]);

  // Ctrl/Cmd+S anywhere saves (inside the editor it is handled there first) and never opens the browser's save dialog.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void editorHandle.current?.flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Every native menu command and what it does. A Record, so a command added to MENU_COMMANDS
  // (electron/shared/ipcContract.ts) does not compile until it has a handler here.
  const menuHandlers = useMemo((): Record<MenuCommand, () => void> => ({
    'new-story': () => void createStory(),
    'save-now': () => void editorHandle.current?.flush(),
    'import-source': () => setLibraryCommand({ kind: 'import-source', nonce: Date.now() }),
    'paste-source': () => setLibraryCommand({ kind: 'paste-source', nonce: Date.now() }),
    'find-in-library': () => {
      setOpenSourceId(null);
      window.setTimeout(() => searchRef.current?.focus(), 0);
    },
    'toggle-review': () => review.setMode(!review.mode),
    'export-package': () => void review.exportAs('package'),
    'open-package': () => void review.openPackage(),
    'export-html': () => void review.exportAs('html'),
    'export-markdown': () => void review.exportAs('markdown'),
    'export-review-report': () => void review.exportAs('review-report'),
    'copy-rich-text': () => void review.copyStory(),
    'open-preferences': () => review.setReviewerDialog(true),
    'newsroom-server': () => setServerDialog(true),
    'export-story': openExportMenu,
  }), [createStory, review]);
  useEffect(() => onMenuCommand((command) => menuHandlers[command]()), [menuHandlers]);

  const reloadStory = useCallback(async () => {
    if (!storyId) return;
    const result = await call('getStory', { id: storyId });
    if (result.ok) setStory(result.value);
    else failed('The story could not be reloaded.', result.error.message);
  }, [storyId, failed]);

  // A pull changed the open story (a colleague's version, or the review they sent back): show it.
  const serverChanges = newsroom.story?.serverChanges;
  const seenServerChanges = useRef<{ storyId: string | null; count: number | undefined }>({ storyId: null, count: undefined });
  useEffect(() => {
    const seen = seenServerChanges.current;
    seenServerChanges.current = { storyId, count: serverChanges };
    if (serverChanges === undefined || seen.storyId !== storyId || seen.count === undefined || serverChanges <= seen.count) return;
    void (async () => {
      await editorHandle.current?.flush();
      await reloadStory();
      void review.refresh();
    })();
  }, [serverChanges, storyId, reloadStory, review]);

  // A new story starts in its headline, ready to type.
  useEffect(() => {
    if (!story || focusHeadlineOf.current !== story.id) return;
    focusHeadlineOf.current = null;
    const frame = window.requestAnimationFrame(() => editorHandle.current?.focusStart());
    return () => window.cancelAnimationFrame(frame);
  }, [story]);

  // A drawer closes on Escape (unless a dialog or menu inside took the key first) and hands the
  // focus back to the editor area.
  useEffect(() => {
    if (!drawer) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      setDrawer(null);
      document.querySelector<HTMLElement>(`.layout-toggle[data-drawer-toggle="${drawer}"]`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawer]);

  const onSaved = useCallback(() => {
    // The store names an untitled story after its headline on first save; show that name.
    if (stories.find((s) => s.id === storyId)?.title === 'Untitled story') void refreshStories();
    newsroom.noteEdit();
  }, [stories, storyId, refreshStories, newsroom]);

  return (
    <ReviewContext value={review}>
      <div className="app" data-drawer={drawer ?? ''}>
        <StorySidebar
          stories={stories}
          currentId={storyId}
          onOpen={(id) => {
            setDrawer(null);
            void openStory(id);
          }}
          onCreate={() => {
            setDrawer(null);
            void createStory();
          }}
          onClose={() => setDrawer(null)}
          onRename={(id, title) => void renameStory(id, title)}
          onDuplicate={(id) => void duplicateStory(id)}
          onDelete={(id) => void deleteStory(id)}
          deleted={deleted}
          onRestore={(id) => void restoreStory(id, deleted.stories.find((s) => s.id === id)?.title ?? 'The story')}
        />
        <main className="editor-area" data-show-supported={showSupported}>
          <div className="editor-topbar">
            <button
              type="button"
              className="button button-small layout-toggle"
              data-drawer-toggle="stories"
              aria-expanded={drawer === 'stories'}
              onClick={() => setDrawer(drawer === 'stories' ? null : 'stories')}
            >
              Stories
            </button>
            <ReviewStrip review={review} hasStory={story !== null} onError={(message) => notify({ message })} />
            <button
              type="button"
              className="button button-small layout-toggle"
              data-drawer-toggle="panel"
              aria-expanded={drawer === 'panel'}
              onClick={() => setDrawer(drawer === 'panel' ? null : 'panel')}
            >
              Sources &amp; claims
            </button>
          </div>
          {story && (
            <NewsroomStrip
              newsroom={newsroom}
              flush={async () => {
                await editorHandle.current?.flush();
              }}
              notify={(message, kind) => notify({ message, ...(kind ? { kind } : {}) })}
            />
          )}
          {story && newsroom.story?.conflict ? (
            <MergeView
              storyId={story.id}
              status={<SyncStatus state={newsroom.sync} onOpen={() => setServerDialog(true)} onOpenStory={(id) => void openStory(id)} />}
              notify={(message, kind) => notify({ message, ...(kind ? { kind } : {}) })}
              onResolved={async () => {
                await reloadStory();
                await newsroom.refreshStory();
                void newsroom.refreshSync();
              }}
            />
          ) : story ? (
            <CheckedStoryEditor
              // A new key per loaded revision: reloading after a conflict starts a fresh editor.
              key={`${story.id}:${story.revision}:${story.updatedAt}`}
              checking={checking}
              story={story}
              handleRef={editorHandle}
              attachedSourceCount={attached.length}
              statusExtra={<SyncStatus state={newsroom.sync} onOpen={() => setServerDialog(true)} onOpenStory={(id) => void openStory(id)} />}
              onPublishedChange={(published) => void setStoryPublished(story.id, published)}
              onSaved={onSaved}
              onSaveStateChange={review.noteSaveState}
              onReload={() => void reloadStory()}
            />
          ) : (
            <div className="empty-editor">
              {starting ? (
                <p>Opening your last story…</p>
              ) : (
                <>
                  <p className="empty-title">No story open</p>
                  <p>Pick a story on the left, or start a new one.</p>
                  <button type="button" className="button button-primary" onClick={() => void createStory()}>
                    New story
                  </button>
                </>
              )}
            </div>
          )}
        </main>
        {drawer && <div className="drawer-scrim" aria-hidden="true" onClick={() => setDrawer(null)} />}
        <SidePanel
          activeTab={sideTab}
          onTabChange={setSideTab}
          onClose={() => setDrawer(null)}
          tabs={[
            {
              id: 'sources',
              label: 'Sources',
              ...(attached.length > 0 ? { badge: String(attached.length) } : {}),
              render: () => (
                <SourceLibrary
                  storyId={storyId}
                  attached={attached}
                  version={libraryVersion}
                  imports={jobs}
                  importFiles={(files) => void importFiles(files)}
                  onAttachedChange={setAttached}
                  onLibraryChange={onLibraryChange}
                  openSourceId={openSourceId}
                  onOpenSource={setOpenSourceId}
                  searchRef={searchRef}
                  command={libraryCommand}
                  newsroomScope={<NewsroomSources sync={newsroom.sync} storyId={storyId} onCopied={onLibraryChange} onSetUp={() => setServerDialog(true)} />}
                />
              ),
            },
            {
              id: 'claims',
              label: 'Claims',
              badge: <ClaimsBadge checking={checking} />,
              render: () => (
                <ClaimsPanel
                  checking={checking}
                  showSupported={showSupported}
                  onShowSupportedChange={(show) => {
                    setShowSupported(show);
                    window.localStorage.setItem('crosscheck.showSupported', String(show));
                  }}
                />
              ),
            },
            { id: 'fact-box', label: 'Fact box', render: () => <FactBoxPanel checking={checking} /> },
            {
              id: 'review',
              label: 'Review',
              ...(review.mode && review.status && !review.status.summary.ready ? { badge: String(review.status.summary.blockers.length) } : {}),
              render: () => <ReviewPanel review={review} />,
            },
            {
              id: 'queue',
              label: 'Queue',
              render: () => <ReviewQueue sync={newsroom.sync} onOpen={openFromNewsroom} onSetUp={() => setServerDialog(true)} />,
            },
          ]}
        />
        {duplicatePrompt}
        {serverDialog && (
          <NewsroomServerDialog
            onClose={() => setServerDialog(false)}
            onSaved={(settings) => {
              setServerDialog(false);
              notify({ message: settings.url ? 'Newsroom server saved. Connecting…' : 'Stopped using the newsroom server; your stories stay on this computer.' });
              void newsroom.refreshSync();
              window.setTimeout(() => void newsroom.refreshSync(), 1500);
            }}
          />
        )}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <div className="drop-card">
              <p className="empty-title">Drop to add to the source library</p>
              <p>.txt, .md, .html, .docx or .pdf{storyId ? ' — attached to this story' : ''}</p>
            </div>
          </div>
        )}
      </div>
    </ReviewContext>
  );
}
