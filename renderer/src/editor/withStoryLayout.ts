import { Editor, Element, Node, Path, Transforms } from 'slate';
import { newBlockId } from './blockId.ts';
import { setBlockProps } from './setBlockProps.ts';

/**
 * A story opens with its headline: the first block is always a headline and no other block is.
 * A headline that lands elsewhere (a split, a paste, a moved block) becomes a section heading.
 */
export function withStoryLayout<T extends Editor>(editor: T): T {
  const { normalizeNode, insertBreak } = editor;

  // Enter after a headline, standfirst or heading starts body text, as in any word processor,
  // rather than a second block of the same kind.
  editor.insertBreak = () => {
    const entry = editor.selection
      ? Editor.above(editor, { match: (n) => Element.isElement(n) && ['headline', 'standfirst', 'heading'].includes(n.type), mode: 'lowest' })
      : undefined;
    insertBreak();
    if (!entry) return;
    // Only the empty block a break at the end leaves; a break mid-text keeps both halves' type.
    const next = Path.next(entry[1]);
    if (Node.has(editor, next) && Node.string(Node.get(editor, next)) === '') {
      setBlockProps(editor, { type: 'paragraph', level: undefined }, { at: next });
    }
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      const first = editor.children[0];
      if (!first) {
        Transforms.insertNodes(editor, { type: 'headline', id: newBlockId(), children: [{ text: '' }] }, { at: [0] });
        return;
      }
      if (Element.isElement(first) && first.type !== 'headline' && first.type !== 'fact-box' && first.children.every((c) => !Element.isElement(c) || editor.isInline(c))) {
        // Only a plain text block can become the headline in place; other blocks get one above them.
        const props: Record<string, unknown> = { type: 'headline', level: undefined };
        setBlockProps(editor, props, { at: [0] });
        return;
      }
      if (Element.isElement(first) && first.type !== 'headline') {
        Transforms.insertNodes(editor, { type: 'headline', id: newBlockId(), children: [{ text: '' }] }, { at: [0] });
        return;
      }
    } else if (Element.isElement(node) && node.type === 'headline' && !(path.length === 1 && path[0] === 0)) {
      setBlockProps(editor, { type: 'heading', level: 2 }, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}
