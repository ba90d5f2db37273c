import { Editor, Element, Node, Transforms } from 'slate';
import type { BlockElement, ListType, TextBlockType } from './customTypes.ts';
import { setBlockProps } from './setBlockProps.ts';

export type Mark = 'bold' | 'italic';

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

const isTextBlock = (editor: Editor) => (n: Node): n is BlockElement =>
  Element.isElement(n) && !editor.isInline(n) && n.type !== 'fact-box' && n.type !== 'bulleted-list' && n.type !== 'numbered-list';

/** The block type the toolbar shows for the cursor's block. */
export function currentBlockType(editor: Editor): TextBlockType | ListType | 'fact-box' | null {
  if (!editor.selection) return null;
  // The anchor's block: with a selection across blocks, Slate's default would be their common parent.
  const entry = Editor.above(editor, { at: editor.selection.anchor, match: isTextBlock(editor), mode: 'lowest' });
  if (!entry) return null;
  const [node, path] = entry;
  if (node.type === 'list-item') {
    const parent = Node.parent(editor, path);
    return Element.isElement(parent) && (parent.type === 'bulleted-list' || parent.type === 'numbered-list') ? parent.type : null;
  }
  if (node.type === 'fact-box-item' || node.type === 'fact-box-title') return 'fact-box';
  if (node.type === 'heading') return node.level === 3 ? 'heading-3' : 'heading-2';
  if (node.type === 'paragraph' || node.type === 'headline' || node.type === 'standfirst' || node.type === 'block-quote') return node.type;
  return null;
}

const isList = (n: Node) => Element.isElement(n) && (n.type === 'bulleted-list' || n.type === 'numbered-list');

/** Turns the selected blocks into `type`, leaving lists and fact boxes first. */
export function setBlockType(editor: Editor, type: TextBlockType): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: isList, split: true });
    const props: Record<string, unknown> =
      type === 'heading-2' || type === 'heading-3'
        ? { type: 'heading', level: type === 'heading-2' ? 2 : 3 }
        : { type, level: undefined };
    setBlockProps(editor, props, {
      match: (n) => Element.isElement(n) && !editor.isInline(n) && Editor.isBlock(editor, n) && n.children.every((c) => !Element.isElement(c) || editor.isInline(c)) && n.type !== 'fact-box-title' && n.type !== 'fact-box-item',
    });
  });
}

export function toggleList(editor: Editor, type: ListType): void {
  const active = currentBlockType(editor) === type;
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: isList, split: true });
    const textBlocks = (n: Node) =>
      Element.isElement(n) && Editor.isBlock(editor, n) && ['paragraph', 'list-item', 'block-quote', 'heading', 'standfirst'].includes(n.type);
    if (active) {
      setBlockProps(editor, { type: 'paragraph' }, { match: textBlocks });
      return;
    }
    const props: Record<string, unknown> = { type: 'list-item', level: undefined };
    setBlockProps(editor, props, { match: textBlocks });
    Transforms.wrapNodes(editor, { type, id: '', children: [] } as Element, { match: (n) => Element.isElement(n) && n.type === 'list-item' });
  });
}

/** Words as a copy desk counts them: runs of letters or digits, hyphenated and apostrophised words count once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
