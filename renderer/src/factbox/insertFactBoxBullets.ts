// Puts suggested bullets into the story's fact box, as one undoable step.
import { Editor, Element, Node, Transforms } from 'slate';
import type { Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { FactBoxBullet } from '../../../core/index.ts';
import { newBlockId } from '../editor/blockId.ts';
import type { FactBoxElement, FactBoxItemElement } from '../editor/customTypes.ts';
import { newFactBox } from '../editor/withFactBox.ts';

export function bulletLine(bullet: Pick<FactBoxBullet, 'label' | 'text'>): string {
  // A plain bullet (no role fits) has no label.
  return bullet.label ? `${bullet.label}: ${bullet.text}` : bullet.text;
}

/** How a fact-box line is compared with a suggestion, so a bullet is not offered twice. */
export function normaliseBullet(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function itemOf(bullet: Pick<FactBoxBullet, 'label' | 'text'>): FactBoxItemElement {
  // "Label:" in bold, as the newsroom's own fact boxes write it.
  if (!bullet.label) return { type: 'fact-box-item', id: newBlockId(), children: [{ text: bullet.text }] };
  return { type: 'fact-box-item', id: newBlockId(), children: [{ text: `${bullet.label}:`, bold: true }, { text: ` ${bullet.text}` }] };
}

/**
 * Appends the bullets to the story's first fact box; with none, creates one ("What we know") after
 * the first body paragraph. A box holding only its empty starter item loses that item.
 * Returns the path of the box.
 */
export function insertFactBoxBullets(editor: Editor, bullets: readonly Pick<FactBoxBullet, 'label' | 'text'>[]): Path | null {
  if (bullets.length === 0) return null;
  const items = bullets.map(itemOf);
  let boxPath: Path = [];
  // Its own history batch: one Ctrl+Z takes the inserted bullets out again.
  HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
    Editor.withoutNormalizing(editor, () => {
      const index = editor.children.findIndex((n) => Element.isElement(n) && n.type === 'fact-box');
      if (index < 0) {
        // A new box goes after the first body paragraph, where a reader expects the key facts.
        const lede = editor.children.findIndex((n) => Element.isElement(n) && n.type === 'paragraph' && Node.string(n).trim() !== '');
        boxPath = [lede < 0 ? editor.children.length : lede + 1];
        const fresh = newFactBox('What we know');
        const box: FactBoxElement = { ...fresh, children: [fresh.children[0]!, ...items] };
        Transforms.insertNodes(editor, box, { at: boxPath });
        return;
      }
      boxPath = [index];
      const box = editor.children[index] as FactBoxElement;
      Transforms.insertNodes(editor, items, { at: boxPath.concat(box.children.length) });
      const empty = box.children.flatMap((child, i) => (i > 0 && Node.string(child) === '' ? [i] : []));
      for (const i of empty.reverse()) Transforms.removeNodes(editor, { at: boxPath.concat(i) });
    });
  });
  return boxPath;
}
