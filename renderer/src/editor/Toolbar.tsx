import type { Editor } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { ListType, TextBlockType } from './customTypes.ts';
import { currentBlockType, isMarkActive, setBlockType, toggleList, toggleMark } from './formatting.ts';
import { activeLink } from './withLinks.ts';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

const BLOCK_CHOICES: { value: TextBlockType; label: string }[] = [
  { value: 'paragraph', label: 'Paragraph' },
  { value: 'headline', label: 'Headline' },
  { value: 'standfirst', label: 'Standfirst' },
  { value: 'heading-2', label: 'Heading' },
  { value: 'heading-3', label: 'Subheading' },
  { value: 'block-quote', label: 'Quote' },
];

interface ToolbarProps {
  onLink: () => void;
  onFactBox: () => void;
  onFocusEditor: () => void;
}

/** Everything the toolbar shows, as one string: it re-renders only when one of these changes, not per keystroke. */
const toolbarState = (editor: Editor) =>
  [currentBlockType(editor), isMarkActive(editor, 'bold'), isMarkActive(editor, 'italic'), activeLink(editor) !== undefined, editor.history.undos.length > 0, editor.history.redos.length > 0].join('|');

export function Toolbar({ onLink, onFactBox, onFocusEditor }: ToolbarProps) {
  const editor = useSlateStatic();
  useSlateSelector(toolbarState);
  const block = currentBlockType(editor);
  const blockValue = BLOCK_CHOICES.some((c) => c.value === block) ? (block as TextBlockType) : '';

  const markButton = (mark: 'bold' | 'italic', label: string, key: string) => (
    <button
      type="button"
      className={`tool tool-${mark}`}
      aria-pressed={isMarkActive(editor, mark)}
      aria-label={label}
      title={`${label} (${mod}${key})`}
      onMouseDown={(event) => {
        event.preventDefault(); // keep the editor's selection
        toggleMark(editor, mark);
      }}
    >
      {mark === 'bold' ? 'B' : 'I'}
    </button>
  );
  const listButton = (type: ListType, label: string, glyph: string) => (
    <button
      type="button"
      className="tool"
      aria-pressed={block === type}
      // The visible glyph text is the accessible name (WCAG 2.5.3: what you see is what you say);
      // the title spells it out.
      title={label}
      onMouseDown={(event) => {
        event.preventDefault();
        toggleList(editor, type);
      }}
    >
      {glyph}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <select
        className="tool-select"
        aria-label="Block style"
        value={blockValue}
        disabled={block === null || block === 'fact-box'}
        onChange={(event) => {
          setBlockType(editor, event.target.value as TextBlockType);
          onFocusEditor();
        }}
      >
        {blockValue === '' && (
          <option value="" disabled>
            Style
          </option>
        )}
        {BLOCK_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <span className="tool-sep" />
      {markButton('bold', 'Bold', 'B')}
      {markButton('italic', 'Italic', 'I')}
      <button
        type="button"
        className="tool"
        aria-pressed={activeLink(editor) !== undefined}
        aria-label="Link"
        title={`Link (${mod}K)`}
        onMouseDown={(event) => {
          event.preventDefault();
          onLink();
        }}
      >
        Link
      </button>
      <span className="tool-sep" />
      {listButton('bulleted-list', 'Bulleted list', '• List')}
      {listButton('numbered-list', 'Numbered list', '1. List')}
      <button
        type="button"
        className="tool"
        title="Insert a fact box after this paragraph"
        onMouseDown={(event) => {
          event.preventDefault();
          onFactBox();
        }}
      >
        + Fact box
      </button>
      <span className="tool-sep" />
      <button
        type="button"
        className="tool"
        aria-label="Undo"
        title={`Undo (${mod}Z)`}
        disabled={editor.history.undos.length === 0}
        onMouseDown={(event) => {
          event.preventDefault();
          editor.undo();
        }}
      >
        ↶
      </button>
      <button
        type="button"
        className="tool"
        aria-label="Redo"
        title={`Redo (${mod}Shift+Z)`}
        disabled={editor.history.redos.length === 0}
        onMouseDown={(event) => {
          event.preventDefault();
          editor.redo();
        }}
      >
        ↷
      </button>
    </div>
  );
}
