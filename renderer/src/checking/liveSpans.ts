// Verdicts were computed for the text a block had when it was sent to the checker; the block may
// have changed since. These are the flags that still stand in the current text, and where.
import type { BlockFlags, ClaimFlag } from './claimFlags.ts';

export interface FlagSpan {
  readonly flag: ClaimFlag;
  readonly start: number;
  readonly end: number;
}

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
