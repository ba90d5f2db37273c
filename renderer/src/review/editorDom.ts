// Offsets in the editor's DOM ↔ offsets in a block's text, for comments on a selection and for
// taking the reader to a claim from the Review panel. Only Slate's own text spans count
// (data-slate-string); flag icons and the zero-width anchors around links are not story text.
import { anchorFor } from '../../../core/index.ts';
import type { TextAnchor } from '../../../core/index.ts';

function blockElement(blockId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.story-editable [data-block-id="${CSS.escape(blockId)}"]`);
}

function textNodes(block: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const owner = node.parentElement?.closest('[data-slate-string], [data-block-id]');
      // Text of a nested block (a list inside a list item) belongs to that block, not this one.
      return owner?.hasAttribute('data-slate-string') && owner.closest('[data-block-id]') === block ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function blockTextOf(block: HTMLElement): string {
  return textNodes(block).map((n) => n.data).join('');
}

function offsetIn(block: HTMLElement, container: Node, offset: number): number | null {
  let total = 0;
  for (const node of textNodes(block)) {
    if (node === container) return total + Math.min(offset, node.data.length);
    if (container.nodeType !== Node.TEXT_NODE && container.contains(node)) {
      // A point between child elements: count the text before that child.
      const child = container.childNodes[offset];
      if (child && (child === node || child.contains(node) || (child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING))) return total;
    }
    total += node.data.length;
  }
  return container === block || block.contains(container) ? total : null;
}

/** The current selection as a text anchor, when it covers some text inside one block. */
export function selectionAnchor(): { anchor: TextAnchor } | { error: string } {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { error: 'Select the words you want to comment on first.' };
  const range = selection.getRangeAt(0);
  const startBlock = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest<HTMLElement>('.story-editable [data-block-id]');
  if (!startBlock) return { error: 'Select words in the story to comment on them.' };
  const text = blockTextOf(startBlock);
  const start = offsetIn(startBlock, range.startContainer, range.startOffset);
  const endInBlock = startBlock.contains(range.endContainer) ? offsetIn(startBlock, range.endContainer, range.endOffset) : text.length;
  if (start === null || endInBlock === null) return { error: 'Select words in the story to comment on them.' };
  let from = start;
  let to = Math.min(endInBlock, text.length);
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to <= from) return { error: 'Select the words you want to comment on first.' };
  return { anchor: anchorFor(startBlock.dataset.blockId!, text, from, Math.min(to, from + 2000)) };
}

function pointAt(block: HTMLElement, offset: number): { node: Text; offset: number } | null {
  let total = 0;
  const nodes = textNodes(block);
  for (const node of nodes) {
    if (offset <= total + node.data.length) return { node, offset: offset - total };
    total += node.data.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** A DOM range over [start, end) of a block's text; null when the block is not shown. */
export function spanRange(blockId: string, start: number, end: number): Range | null {
  const block = blockElement(blockId);
  if (!block) return null;
  const from = pointAt(block, start);
  const to = pointAt(block, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Selects a span of a block in the editor and scrolls it into view; false when the block is gone. */
export function selectSpan(blockId: string, start: number, end: number): boolean {
  const range = spanRange(blockId, start, end);
  const block = blockElement(blockId);
  if (!range || !block) return false;
  block.closest<HTMLElement>('[contenteditable="true"]')?.focus({ preventScroll: true });
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? block).scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Top of a block inside the editor's scrolling area, for margin notes; null when not shown. */
export function blockTop(blockId: string, scroller: HTMLElement): number | null {
  const block = blockElement(blockId);
  if (!block) return null;
  return block.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}
