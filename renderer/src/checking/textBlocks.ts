// The blocks the checker reads: every element with an id whose children are text and inlines
// (paragraphs, headline, list items, fact-box title and items…). Containers such as lists and the
// fact box are walked into, never checked as a whole, so no figure is checked twice.
import { Element, Node, Text } from 'slate';
import type { Descendant, Editor, Path } from 'slate';
import type { BlockElement } from '../editor/customTypes.ts';

export type TextBlock = BlockElement & { id: string };

export function isTextBlock(node: Node): node is TextBlock {
  return (
    Element.isElement(node) &&
    node.type !== 'link' &&
    typeof (node as { id?: unknown }).id === 'string' &&
    node.children.every((child) => Text.isText(child) || (Element.isElement(child) && child.type === 'link'))
  );
}

/** Text blocks in story order, with their paths. */
export function* textBlocks(editor: Editor): Generator<[TextBlock, Path]> {
  function* walk(nodes: readonly Descendant[], parent: Path): Generator<[TextBlock, Path]> {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!Element.isElement(node) || node.type === 'link') continue;
      const path = parent.concat(i);
      if (isTextBlock(node)) yield [node, path];
      else yield* walk((node as Element).children, path);
    }
  }
  yield* walk(editor.children, []);
}

export function blockText(block: TextBlock): string {
  return Node.string(block);
}

/** The point at a plain-text offset inside the block at `path`; at a leaf boundary, `leaning` picks the leaf. */
export function pointInBlock(editor: Editor, path: Path, offset: number, leaning: 'forward' | 'backward'): { path: Path; offset: number } {
  const block = Node.get(editor, path);
  let at = 0;
  let last = { path, offset: 0 };
  for (const [leaf, relative] of Node.texts(block)) {
    const end = at + leaf.text.length;
    last = { path: path.concat(relative), offset: leaf.text.length };
    if (leaning === 'forward' ? offset < end : offset <= end) return { path: path.concat(relative), offset: offset - at };
    at = end;
  }
  return last;
}
