import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { FactBoxElement, FactBoxItemElement, FactBoxTitleElement } from './customTypes.ts';
import { newBlockId } from './blockId.ts';
import { setBlockProps } from './setBlockProps.ts';

const emptyTitle = (): FactBoxTitleElement => ({ type: 'fact-box-title', id: newBlockId(), children: [{ text: '' }] });
const emptyItem = (): FactBoxItemElement => ({ type: 'fact-box-item', id: newBlockId(), children: [{ text: '' }] });

export function newFactBox(title = '', items: string[] = ['']): FactBoxElement {
  return {
    type: 'fact-box',
    id: newBlockId(),
    children: [
      { ...emptyTitle(), children: [{ text: title }] },
      ...(items.length > 0 ? items : ['']).map((text) => ({ ...emptyItem(), children: [{ text }] })),
    ],
  };
}

const isFactBoxPart = (node: Node): node is FactBoxTitleElement | FactBoxItemElement =>
  Element.isElement(node) && (node.type === 'fact-box-title' || node.type === 'fact-box-item');

/** Elements whose children are text and inlines, so they can become a title or an item in place. */
function isTextBlock(editor: Editor, node: Node): node is Element {
  return Element.isElement(node) && !editor.isInline(node) && node.children.every((c) => Text.isText(c) || editor.isInline(c as Element));
}

/**
 * A fact box is a title followed by at least one bullet item. Anything that breaks that shape
 * (a deleted title, a pasted paragraph, a stray item outside a box) is repaired here, one fix per
 * normalization pass as Slate requires, so each fix sees the document the previous one left.
 */
export function withFactBox<T extends Editor>(editor: T): T {
  const { normalizeNode, insertBreak, deleteBackward } = editor;

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;

    if (Element.isElement(node) && node.type === 'fact-box') {
      if (fixFactBox(editor, node, path)) return;
    } else if (isFactBoxPart(node) && path.length > 0) {
      const parent = Node.parent(editor, path);
      if (!Element.isElement(parent) || parent.type !== 'fact-box') {
        setBlockProps(editor, { type: 'paragraph' }, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    const part = currentPart(editor);
    if (!part) return insertBreak();
    const [node, path] = part;
    const boxPath = Path.parent(path);

    if (node.type === 'fact-box-title') {
      // Enter in the title goes to the first item: the empty one a new box starts with, or a new one.
      const firstItem = Path.next(path);
      const selection = editor.selection;
      if (selection && Range.isCollapsed(selection) && Editor.isEnd(editor, selection.anchor, path) && Node.has(editor, firstItem) && Node.string(Node.get(editor, firstItem)) === '') {
        Transforms.select(editor, Editor.start(editor, firstItem));
        return;
      }
      Editor.withoutNormalizing(editor, () => {
        Transforms.splitNodes(editor, { always: true });
        const newPath = Path.next(path);
        setBlockProps(editor, { type: 'fact-box-item' }, { at: newPath });
      });
      return;
    }

    if (Node.string(node) === '' && isCollapsed(editor)) {
      // Enter on an empty item leaves the box, as in a list: the item becomes a paragraph after it.
      const box = Node.get(editor, boxPath) as FactBoxElement;
      const after = Path.next(boxPath);
      Editor.withoutNormalizing(editor, () => {
        if (box.children.length > 2) Transforms.removeNodes(editor, { at: path });
        Transforms.insertNodes(editor, { type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }, { at: after });
      });
      Transforms.select(editor, Editor.start(editor, after));
      return;
    }
    // Splitting an item yields a new item: the split copies the element's type.
    insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const part = currentPart(editor);
    const selection = editor.selection;
    if (part && selection && Range.isCollapsed(selection)) {
      const [node, path] = part;
      const atStart = Editor.isStart(editor, selection.anchor, path);
      // Backspace at the start of the title would merge it into the block above and break the box.
      if (atStart && node.type === 'fact-box-title') return;
      // Backspace at the start of the first item would merge it into the title; move there instead.
      if (atStart && node.type === 'fact-box-item' && path[path.length - 1] === 1 && Node.string(node) !== '') {
        Transforms.select(editor, Editor.end(editor, Path.previous(path)));
        return;
      }
      if (atStart && node.type === 'fact-box-item' && Node.string(node) === '') {
        const box = Node.get(editor, Path.parent(path)) as FactBoxElement;
        if (box.children.length > 2) {
          const previous = Path.previous(path);
          Transforms.removeNodes(editor, { at: path });
          Transforms.select(editor, Editor.end(editor, previous));
        } else {
          Transforms.select(editor, Editor.end(editor, Path.previous(path)));
        }
        return;
      }
    }
    deleteBackward(unit);
  };

  return editor;
}

function isCollapsed(editor: Editor): boolean {
  return editor.selection !== null && Range.isCollapsed(editor.selection);
}

function currentPart(editor: Editor): NodeEntry<FactBoxTitleElement | FactBoxItemElement> | undefined {
  if (!editor.selection) return undefined;
  const entry = Editor.above(editor, { match: isFactBoxPart, mode: 'lowest' });
  return entry as NodeEntry<FactBoxTitleElement | FactBoxItemElement> | undefined;
}

/** Applies at most one repair to a fact box; returns whether it did. */
function fixFactBox(editor: Editor, box: FactBoxElement, path: Path): boolean {
  const children = box.children as Node[];

  if (children.length === 0) {
    Transforms.insertNodes(editor, emptyTitle(), { at: path.concat(0) });
    return true;
  }
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const at = path.concat(i);
    const wanted = i === 0 ? 'fact-box-title' : 'fact-box-item';
    if (Text.isText(child) || (Element.isElement(child) && editor.isInline(child))) {
      // Loose text directly in the box: give it a block of its own.
      Transforms.wrapNodes(editor, i === 0 ? emptyTitle() : emptyItem(), { at });
      return true;
    }
    if (!Element.isElement(child)) continue;
    if (i === 0 && child.type !== 'fact-box-title') {
      const titleIndex = children.findIndex((c) => Element.isElement(c) && c.type === 'fact-box-title');
      if (titleIndex > 0) Transforms.moveNodes(editor, { at: path.concat(titleIndex), to: at });
      else Transforms.insertNodes(editor, emptyTitle(), { at });
      return true;
    }
    if (child.type === wanted) continue;
    if (isTextBlock(editor, child)) {
      // A second title, a pasted paragraph or heading: keep its words as an item.
      // `undefined` makes setNodes drop a heading's level in the same operation.
      const props: Record<string, unknown> = { type: wanted, level: undefined };
      setBlockProps(editor, props, { at });
    } else {
      // A container (a pasted list, a nested box): lift its children so they become items.
      Transforms.unwrapNodes(editor, { at });
    }
    return true;
  }
  if (children.length < 2) {
    Transforms.insertNodes(editor, emptyItem(), { at: path.concat(children.length) });
    return true;
  }
  return false;
}

/**
 * Inserts an empty fact box after the top-level block holding the cursor (or at the end) and
 * puts the cursor in its title.
 */
export function insertFactBox(editor: Editor, box: FactBoxElement = newFactBox()): void {
  const top = editor.selection ? editor.selection.anchor.path[0] : undefined;
  const at = [top === undefined ? editor.children.length : top + 1];
  Transforms.insertNodes(editor, box, { at });
  Transforms.select(editor, Editor.end(editor, at.concat(0)));
}
