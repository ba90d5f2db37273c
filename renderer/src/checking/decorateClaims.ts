// Verdicts become decorations at the block: `decorate` is asked for a block element, looks its
// claims up by block id and maps their offsets (into the block's plain text) onto the block's text
// leaves. Decorations carry the flag object itself, which the store keeps stable while a verdict is
// unchanged, so Slate's equality check skips re-rendering untouched blocks.
import { Node } from 'slate';
import type { DecoratedRange, NodeEntry, Path, Point, Text } from 'slate';
import type { BlockFlags, ClaimFlag, ClaimStore } from './ClaimStore.ts';
import { isTextBlock } from './textBlocks.ts';

export interface FlagSpan {
  readonly flag: ClaimFlag;
  readonly start: number;
  readonly end: number;
}

/** Where a flag ends: its icon is drawn after the leaf that ends there. */
export interface FlagEnd {
  readonly flag: ClaimFlag;
  readonly text: Text;
  readonly offset: number;
}

export type FlaggedText = Text & { flags?: readonly ClaimFlag[]; flagEnds?: readonly FlagEnd[] };

const NONE: DecoratedRange[] = [];

// Several claims may cover the same characters; the default Object.assign would keep only one.
const mergeFlag = (leaf: Text, decoration: object) => {
  const target = leaf as FlaggedText;
  const { flag, flagEndText, flagEndOffset } = decoration as { flag: ClaimFlag; flagEndText: Text; flagEndOffset: number };
  const end: FlagEnd = { flag, text: flagEndText, offset: flagEndOffset };
  target.flags = target.flags ? [...target.flags, flag] : [flag];
  target.flagEnds = target.flagEnds ? [...target.flagEnds, end] : [end];
};

const spanCache = new WeakMap<BlockFlags, { text: string; spans: FlagSpan[] }>();

/**
 * The block's flags placed in `text`. When the text changed since the analysis, only flags in the
 * untouched head or tail of the block survive (the tail shifted by the edit's length); a flag that
 * touches the edit is dropped until the checker answers, never drawn at a wrong place.
 */
export function liveSpans(entry: BlockFlags, text: string): readonly FlagSpan[] {
  const cached = spanCache.get(entry);
  if (cached && cached.text === text) return cached.spans;
  const before = entry.text;
  let spans: FlagSpan[];
  if (before === text) {
    spans = entry.flags.map((flag) => ({ flag, start: flag.claim.start, end: flag.claim.end }));
  } else {
    const max = Math.min(before.length, text.length);
    let head = 0;
    while (head < max && before.charCodeAt(head) === text.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
    const tailStart = before.length - tail;
    const shift = text.length - before.length;
    spans = [];
    for (const flag of entry.flags) {
      const { start, end } = flag.claim;
      // Strict comparisons: a figure the caret is still extending ("4" → "45") is not kept.
      if (end < head) spans.push({ flag, start, end });
      else if (start > tailStart) spans.push({ flag, start: start + shift, end: end + shift });
    }
  }
  spanCache.set(entry, { text, spans });
  return spans;
}

/** Maps offsets in a block's plain text to points in its text leaves. */
function locator(block: Node, path: Path): (offset: number, leaning: 'forward' | 'backward') => Point & { text?: Text } {
  const leaves: { node: Text; path: Path; start: number; end: number }[] = [];
  let at = 0;
  for (const [leaf, relative] of Node.texts(block)) {
    leaves.push({ node: leaf, path: path.concat(relative), start: at, end: at + leaf.text.length });
    at += leaf.text.length;
  }
  return (offset, leaning) => {
    for (const leaf of leaves) {
      if (leaning === 'forward' ? offset < leaf.end : offset <= leaf.end) return { path: leaf.path, offset: offset - leaf.start, text: leaf.node };
    }
    const last = leaves[leaves.length - 1];
    return last ? { path: last.path, offset: last.end - last.start, text: last.node } : { path, offset: 0 };
  };
}

export function createClaimDecorate(store: ClaimStore): (entry: NodeEntry) => DecoratedRange[] {
  return ([node, path]) => {
    if (!isTextBlock(node)) return NONE;
    const entry = store.block(node.id);
    if (!entry || entry.flags.length === 0) return NONE;
    const text = Node.string(node);
    const spans = liveSpans(entry, text);
    if (spans.length === 0) return NONE;
    const locate = locator(node, path);
    const ranges: DecoratedRange[] = [];
    for (const { flag, start, end } of spans) {
      if (end <= start || end > text.length || store.isHidden(flag)) continue;
      const { text: startText, ...anchor } = locate(start, 'forward');
      const { text: endText, ...focus } = locate(end, 'backward');
      if (!startText || !endText) continue;
      // Where the flag ends travels with it, so the leaf that ends there can draw the icon once
      // without splitting the figure into extra leaves.
      ranges.push({ anchor, focus, flag, flagEndText: endText, flagEndOffset: focus.offset, merge: mergeFlag });
    }
    return ranges;
  };
}
