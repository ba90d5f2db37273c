import { Node } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { ParagraphElement } from './customTypes.ts';

/** Prompts for empty structural blocks; not part of the document and not selectable. */
const PLACEHOLDERS: Partial<Record<string, string>> = {
  headline: 'Headline',
  standfirst: 'Standfirst: the one-sentence summary under the headline',
  'fact-box-title': 'Fact box title, e.g. What we know',
  'fact-box-item': 'A fact, with its number',
};

function Placeholder({ type, empty }: { type: string; empty: boolean }) {
  const text = PLACEHOLDERS[type];
  if (!empty || !text) return null;
  return (
    <span className="block-placeholder" contentEditable={false} aria-hidden="true">
      {text}
    </span>
  );
}

export function StoryElement({ attributes, children, element }: RenderElementProps) {
  // data-block-id lets decorations, scrolling and tests find a block by the id analysis is keyed on.
  const blockProps = 'id' in element ? { 'data-block-id': element.id } : {};
  const empty = element.type in PLACEHOLDERS && Node.string(element) === '';
  switch (element.type) {
    case 'headline':
      return (
        <h1 {...attributes} {...blockProps} className="el-headline">
          <Placeholder type={element.type} empty={empty} />
          {children}
        </h1>
      );
    case 'standfirst':
      return (
        <p {...attributes} {...blockProps} className="el-standfirst">
          <Placeholder type={element.type} empty={empty} />
          {children}
        </p>
      );
    case 'heading':
      return element.level === 3 ? (
        <h3 {...attributes} {...blockProps} className="el-heading el-heading-3">
          {children}
        </h3>
      ) : (
        <h2 {...attributes} {...blockProps} className="el-heading el-heading-2">
          {children}
        </h2>
      );
    case 'bulleted-list':
      return (
        <ul {...attributes} {...blockProps} className="el-list">
          {children}
        </ul>
      );
    case 'numbered-list':
      return (
        <ol {...attributes} {...blockProps} className="el-list">
          {children}
        </ol>
      );
    case 'list-item':
      return (
        <li {...attributes} {...blockProps}>
          {children}
        </li>
      );
    case 'block-quote':
      return (
        <blockquote {...attributes} {...blockProps} className="el-quote">
          {children}
        </blockquote>
      );
    case 'fact-box':
      return (
        <aside {...attributes} {...blockProps} className="el-factbox" aria-label="Fact box">
          <span className="el-factbox-label" contentEditable={false}>
            Fact box
          </span>
          {children}
        </aside>
      );
    case 'fact-box-title':
      return (
        // A box beside the story's sections, so a section-level heading: an h4 here skipped a
        // level after the story's h2s (axe heading-order). The look comes from the class.
        <h2 {...attributes} {...blockProps} className="el-factbox-title">
          <Placeholder type={element.type} empty={empty} />
          {children}
        </h2>
      );
    case 'fact-box-item':
      return (
        <div {...attributes} {...blockProps} className="el-factbox-item">
          <Placeholder type={element.type} empty={empty} />
          {children}
        </div>
      );
    case 'link':
      return (
        <a {...attributes} href={element.url} className="el-link" title={`${element.url} — Ctrl+click to open`}>
          <InlineChromiumBugfix />
          {children}
          <InlineChromiumBugfix />
        </a>
      );
    default:
      return (
        <p {...attributes} {...blockProps} className="el-paragraph">
          <BodyPrompt element={element} />
          {children}
        </p>
      );
  }
}

/** "Start writing…" in the first body paragraph of a story that has no body text yet. */
function BodyPrompt({ element }: { element: ParagraphElement }) {
  const editor = useSlateStatic();
  if (Node.string(element) !== '' || element.children.length > 1) return null;
  const index = ReactEditor.findPath(editor, element)[0] ?? 0;
  const before = editor.children.slice(1, index);
  if (index === 0 || index > 2 || before.some((n) => Node.string(n) !== '' && !('type' in n && n.type === 'standfirst'))) return null;
  if (editor.children.slice(index + 1).some((n) => Node.string(n) !== '')) return null;
  return (
    <span className="block-placeholder" contentEditable={false} aria-hidden="true">
      Start writing the story…
    </span>
  );
}

// Chromium puts the caret outside an inline's edges without these zero-width anchors
// (the same fix Slate's inlines example uses).
function InlineChromiumBugfix() {
  return (
    <span contentEditable={false} className="inline-anchor">
      {String.fromCodePoint(160)}
    </span>
  );
}

export function StoryLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  // Flags are painted as CSS highlights over this text (checking/FlagHighlighter.ts), never as leaf
  // props, so a flagged paragraph stays one leaf.
  return <span {...attributes}>{content}</span>;
}
