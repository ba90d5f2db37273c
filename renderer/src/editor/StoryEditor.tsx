import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { JSX, KeyboardEvent, MouseEvent, ReactNode, Ref } from 'react';
import { Editor, Transforms } from 'slate';
import type { DecoratedRange, Descendant, NodeEntry, Range } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { RenderLeafProps } from 'slate-react';
import type { Story } from '../../../electron/shared/ipcContract.ts';
import { call } from '../bridge.ts';
import { StoryDateField } from '../stories/StoryDateField.tsx';
import { useAutosave } from '../stories/useAutosave.ts';
import type { SaveState } from '../stories/useAutosave.ts';
import { createStoryEditor } from './createStoryEditor.ts';
import type { StoryDocument } from './customTypes.ts';
import { toggleMark } from './formatting.ts';
import { LinkDialog } from './LinkDialog.tsx';
import { scrollCaretIntoView } from './scrollCaretIntoView.ts';
import { StoryElement, StoryLeaf } from './StoryElement.tsx';
import { Toolbar } from './Toolbar.tsx';
import { WordCount } from './WordCount.tsx';
import { insertFactBox } from './withFactBox.ts';
import { activeLink, setLink, unwrapLink } from './withLinks.ts';

export interface StoryEditorHandle {
  /** Stores any unsaved edit now (before switching stories, on Ctrl+S from the menu). */
  flush: () => Promise<void>;
  /** Puts the caret at the start of the story (the headline of a new story). */
  focusStart: () => void;
}

interface StoryEditorProps {
  story: Story;
  handleRef?: Ref<StoryEditorHandle>;
  /** Ranges the live checker adds; must keep a stable identity between renders. */
  decorate?: (entry: NodeEntry) => DecoratedRange[];
  /** Draws leaves with the checker's flags; StoryLeaf when absent. */
  renderLeaf?: (props: RenderLeafProps) => JSX.Element;
  /** Called after every change to the document (not selection-only changes). */
  onDocumentChange?: (editor: Editor) => void;
  /** Keys the live checker handles (jump to the next flag); returns whether it handled the key. */
  onEditorKeyDown?: (event: KeyboardEvent<HTMLDivElement>, editor: Editor) => boolean;
  /** Rendered inside the editor's Slate context (evidence cards). */
  children?: ReactNode;
  /** More status-bar items, before the save state (the newsroom sync state). */
  statusExtra?: ReactNode;
  attachedSourceCount: number;
  /** Sets or clears the story's publication date (shown in the status bar when given). */
  onPublishedChange?: (published: string | null) => void;
  onSaved: () => void;
  /** Every change of the save state (the review gate waits while edits are not stored). */
  onSaveStateChange?: (state: SaveState) => void;
  /** The store has a newer revision than this window: reload the story from it. */
  onReload: () => void;
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${new Date(state.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : 'Saved';
    case 'pending':
      return 'Edited';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Not saved: changed elsewhere';
  }
}

export function StoryEditor({ story, handleRef, decorate, renderLeaf, onDocumentChange, onEditorKeyDown, children, statusExtra, attachedSourceCount, onPublishedChange, onSaved, onSaveStateChange, onReload }: StoryEditorProps) {
  const editor = useMemo(() => createStoryEditor(), []);
  const initialValue = useMemo(() => structuredClone(story.document) as Descendant[], [story]);
  const autosave = useAutosave(story.id, story.revision);
  const [linkDialog, setLinkDialog] = useState<{ url: string; hasLink: boolean; selection: Range | null } | null>(null);

  useImperativeHandle(handleRef, () => ({
    flush: () => autosave.flush(),
    focusStart: () => {
      Transforms.select(editor, Editor.start(editor, []));
      ReactEditor.focus(editor);
    },
  }), [autosave, editor]);

  // Edits reach the word count without re-rendering the editor: per keystroke, only Slate's own
  // update should commit.
  const editListeners = useMemo(() => new Set<() => void>(), []);
  const subscribeEdits = useCallback(
    (listener: () => void) => {
      editListeners.add(listener);
      return () => void editListeners.delete(listener);
    },
    [editListeners],
  );

  const onChange = useCallback(
    (value: Descendant[]) => {
      if (editor.operations.every((op) => op.type === 'set_selection')) return;
      autosave.changed(value as StoryDocument);
      onDocumentChange?.(editor);
      for (const listener of editListeners) listener();
    },
    [editor, autosave, onDocumentChange, editListeners],
  );

  const focusEditor = useCallback(() => ReactEditor.focus(editor), [editor]);

  const openLinkDialog = useCallback(() => {
    const link = activeLink(editor);
    setLinkDialog({ url: link?.[0].url ?? '', hasLink: link !== undefined, selection: editor.selection });
  }, [editor]);

  const closeLinkDialog = useCallback(
    (apply?: (e: Editor) => void) => {
      const selection = linkDialog?.selection;
      setLinkDialog(null);
      if (selection) Transforms.select(editor, selection);
      apply?.(editor);
      window.setTimeout(focusEditor, 0);
    },
    [editor, linkDialog, focusEditor],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (onEditorKeyDown?.(event, editor)) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const handled = () => event.preventDefault();
      if (key === 'b' && !event.shiftKey) return handled(), toggleMark(editor, 'bold');
      if (key === 'i' && !event.shiftKey) return handled(), toggleMark(editor, 'italic');
      if (key === 'k') return handled(), openLinkDialog();
      if (key === 's') return handled(), void autosave.flush();
      if (key === 'z' && event.shiftKey) return handled(), editor.redo();
      if (key === 'z') return handled(), editor.undo();
      if (key === 'y' && !/Mac/.test(navigator.platform)) return handled(), editor.redo();
    },
    [editor, openLinkDialog, autosave, onEditorKeyDown],
  );

  const onClick = useCallback((event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a.el-link');
    if (!anchor || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const url = anchor.getAttribute('href') ?? '';
    void call('openExternal', { url }).then((result) => {
      if (!result.ok) window.open(url, '_blank', 'noopener,noreferrer');
    });
  }, []);
  const onBlur = useCallback(() => void autosave.flush(), [autosave]);

  const state = autosave.state;
  const savedAt = state.kind === 'saved' ? state.at : null;
  // Once per save, whatever the parent's callback identity does meanwhile.
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  useEffect(() => {
    if (savedAt) onSavedRef.current();
  }, [savedAt]);
  const onSaveStateRef = useRef(onSaveStateChange);
  onSaveStateRef.current = onSaveStateChange;
  useEffect(() => {
    onSaveStateRef.current?.(state);
  }, [state]);

  return (
    <div className="editor-frame">
      <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
        <Toolbar
          onLink={openLinkDialog}
          onFocusEditor={focusEditor}
          onFactBox={() => {
            insertFactBox(editor);
            focusEditor();
          }}
        />
        {state.kind === 'failed' && (
          <div className="banner banner-warning" role="alert" data-save-error={state.code}>
            <span>{state.message}</span>
            <button type="button" className="button" onClick={() => void autosave.flush()}>
              Retry
            </button>
          </div>
        )}
        {state.kind === 'conflict' && (
          <div className="banner banner-warning" role="alert">
            <span>This story was changed in another window since you opened it. Your latest edits are not saved yet.</span>
            <button type="button" className="button" onClick={() => void autosave.keepMine()}>
              Keep my version
            </button>
            <button type="button" className="button" onClick={onReload}>
              Load the other version
            </button>
          </div>
        )}
        {/* A tab stop of its own, so the page scrolls from the keyboard without moving the caret
            (and axe's scrollable-region-focusable holds whatever the story contains). */}
        <div className="editor-scroll" tabIndex={0} role="region" aria-label="Story page">
          <article className="page">
            <Editable
              className="story-editable"
              aria-label="Story text"
              renderElement={StoryElement}
              renderLeaf={renderLeaf ?? StoryLeaf}
              decorate={decorate}
              scrollSelectionIntoView={scrollCaretIntoView}
              spellCheck
              autoFocus={false}
              disableDefaultStyles
              onKeyDown={onKeyDown}
              onClick={onClick}
              onBlur={onBlur}
            />
          </article>
        </div>
        <footer className="status-bar" aria-label="Story status">
          <WordCount subscribe={subscribeEdits} />
          <span className="status-sources">
            {attachedSourceCount === 0 ? 'No sources attached' : `Checked against ${attachedSourceCount} ${attachedSourceCount === 1 ? 'source' : 'sources'}`}
          </span>
          {onPublishedChange && <StoryDateField value={story.published} onChange={onPublishedChange} />}
          <span className="spacer" />
          {statusExtra}
          <span className={`save-state save-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind} data-saved-at={savedAt ?? ''}>
            {saveLabel(state)}
            {state.kind === 'failed' && <span className="save-detail"> — retrying automatically</span>}
          </span>
        </footer>
        {linkDialog && (
          <LinkDialog
            initialUrl={linkDialog.url}
            hasLink={linkDialog.hasLink}
            onClose={() => closeLinkDialog()}
            onRemove={() => closeLinkDialog(unwrapLink)}
            onApply={(url) => closeLinkDialog((e) => setLink(e, url))}
          />
        )}
        {children}
      </Slate>
    </div>
  );
}

