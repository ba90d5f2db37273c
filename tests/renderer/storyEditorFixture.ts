// Builds the story editor's plugin stack without withReact, which needs a DOM, so plugin behaviour
// can be tested in Node on plain Slate documents.
import { createEditor, Editor } from 'slate';
import type { Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { withBlockIds } from '../../renderer/src/editor/withBlockIds.ts';
import { withFactBox } from '../../renderer/src/editor/withFactBox.ts';
import { withLinks } from '../../renderer/src/editor/withLinks.ts';
import { withStoryLayout } from '../../renderer/src/editor/withStoryLayout.ts';

export function storyEditor(children: Descendant[]): Editor {
  const editor = withFactBox(withStoryLayout(withLinks(withBlockIds(withHistory(createEditor())))));
  editor.children = structuredClone(children);
  return editor;
}

/** Runs full normalization over a document, as Slate does when it is loaded into the editor. */
export function normalized(children: Descendant[]): Descendant[] {
  const editor = storyEditor(children);
  Editor.normalize(editor, { force: true });
  return editor.children;
}

/** The document without ids, for comparing shapes whose ids are random. */
export function withoutIds(nodes: unknown): unknown {
  if (Array.isArray(nodes)) return nodes.map(withoutIds);
  if (nodes && typeof nodes === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(nodes)) if (key !== 'id') out[key] = withoutIds(value);
    return out;
  }
  return nodes;
}

export function blockIds(nodes: readonly Descendant[]): string[] {
  const ids: string[] = [];
  const visit = (node: Descendant) => {
    if ('children' in node) {
      if ('id' in node) ids.push(node.id);
      node.children.forEach(visit);
    }
  };
  nodes.forEach(visit);
  return ids;
}
