// Draws the flags with the CSS Custom Highlight API instead of Slate decorations. Decorations
// split a block's text into one leaf span per flag boundary, and every extra node inside the
// contenteditable costs Chromium selection sync, layout and paint on each keystroke: with a few
// hundred flags, typing cost twice as much. Highlights paint over DOM Ranges and leave Slate's
// leaves alone, so the editor's DOM is the same with flags as without.
//
// Ranges are computed from the Slate text after Slate has rendered, at most once a frame, and only
// for blocks whose text, verdicts or display state changed: DOM Ranges are live, so the flags of
// untouched blocks (and the parts of a block before an edit) follow the DOM by themselves.
//
// Only blocks on or near the screen are drawn. Chromium rebuilds the markers of every highlight
// range, and repaints the text under them, whenever the DOM changes, so each keystroke cost time
// in proportion to all the flags in the story; drawn near the viewport, it is the few on screen.
import { Node } from 'slate';
import type { Editor, Path } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ClaimStore } from './ClaimStore.ts';
import type { BlockFlags, ClaimFlag } from './claimFlags.ts';
import { liveSpans } from './liveSpans.ts';
import { pointInBlock, textBlocks } from './textBlocks.ts';
import type { TextBlock } from './textBlocks.ts';
import { CURRENT_FLAG_HIGHLIGHT, DERIVED_HIGHLIGHT, DISMISSED_HIGHLIGHT, VERDICTS, highlightOf } from './verdicts.ts';

interface DrawnFlag {
  readonly flag: ClaimFlag;
  readonly start: number;
  readonly end: number;
  /** The highlight it is drawn in (its verdict's, or the dismissed one). */
  readonly highlight: string;
  readonly range: Range;
}

interface DrawnBlock {
  readonly node: TextBlock;
  readonly entry: BlockFlags;
  readonly hidden: ReadonlySet<string>;
  readonly stamp: number;
  readonly flags: readonly DrawnFlag[];
}

/** How far beyond the visible part of the story blocks are drawn, so scrolling shows them already in place. */
const DRAW_MARGIN = '200px 0px';
/** How far below a line's box the pointer still counts as on the flag (the underline sits there). */
const UNDERLINE_SLOP_PX = 4;

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export class FlagHighlighter {
  private editor: Editor | null = null;
  private readonly blocks = new Map<string, DrawnBlock>();
  private readonly highlights = new Map<string, Highlight>();
  private frame = 0;
  /** Bumped when something every block's drawing depends on changes (review decisions). */
  private stamp = 0;
  private current: string | null = null;
  /** Blocks on or near the screen, by id; only these are drawn. */
  private readonly nearView = new Set<string>();
  private watched = new WeakSet<Element>();
  private observer: IntersectionObserver | null = null;
  private unsubscribe: () => void = () => {};
  private readonly store: ClaimStore;
  /** Whether the reviewer dismissed the flag: drawn quietly from then on. */
  private readonly isDismissed: (flag: ClaimFlag) => boolean;

  constructor(store: ClaimStore, isDismissed: (flag: ClaimFlag) => boolean) {
    this.store = store;
    this.isDismissed = isDismissed;
  }

  attach(editor: Editor | null): void {
    if (editor === this.editor) return;
    this.clear();
    this.editor = editor;
    if (!editor || !supported()) return;
    this.unsubscribe = this.store.subscribe(() => this.schedule());
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.getAttribute('data-block-id');
          if (!id) continue;
          if (entry.isIntersecting) this.nearView.add(id);
          else this.nearView.delete(id);
        }
        this.schedule();
      },
      { rootMargin: DRAW_MARGIN },
    );
    const names = [...Object.values(VERDICTS).map((v) => [v.highlight, v.priority] as const), [DERIVED_HIGHLIGHT, VERDICTS.supported.priority] as const, [DISMISSED_HIGHLIGHT, 0] as const, [CURRENT_FLAG_HIGHLIGHT, 10] as const];
    for (const [name, priority] of names) {
      const highlight = new Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    this.schedule();
  }

  /** Redraw after the editor's next render (called on every editor change and verdict update). */
  schedule(): void {
    if (this.frame !== 0 || !this.editor) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** Something every flag's style depends on changed (a review decision): redraw all blocks. */
  invalidate(): void {
    this.stamp++;
    this.schedule();
  }

  /**
   * The flags under a viewport point, innermost (shortest) first. Dismissed flags only when asked
   * (a click): hovering over a settled figure should not pop a card up.
   */
  flagsAt(x: number, y: number, target: Element | null, includeDismissed = false): ClaimFlag[] {
    const id = target?.closest('[data-block-id]')?.getAttribute('data-block-id');
    const drawn = id ? this.blocks.get(id) : undefined;
    if (!drawn) return [];
    const hits = drawn.flags.filter((f) => (includeDismissed || f.highlight !== DISMISSED_HIGHLIGHT) && this.hit(f.range, x, y));
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start)).map((f) => f.flag);
  }

  private hit(range: Range, x: number, y: number): boolean {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + UNDERLINE_SLOP_PX) return true;
    }
    return false;
  }

  /** Where a flag is on screen (its first line), for placing its card; also for a block not drawn yet. */
  rectOf(key: string): DOMRect | null {
    const range = this.find(key)?.range ?? this.rangeFor(key);
    if (!range) return null;
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  }

  /** A DOM range for a flag in a block that is not drawn (far off screen when the card opened). */
  private rangeFor(key: string): Range | null {
    const editor = this.editor;
    const blockId = key.slice(0, key.indexOf(':'));
    const entry = this.store.block(blockId);
    if (!editor || !entry) return null;
    for (const [node, path] of textBlocks(editor)) {
      if (node.id !== blockId) continue;
      const span = liveSpans(entry, Node.string(node)).find((f) => f.flag.key === key);
      if (!span) return null;
      try {
        return ReactEditor.toDOMRange(editor, { anchor: pointInBlock(editor, path, span.start, 'forward'), focus: pointInBlock(editor, path, span.end, 'backward') });
      } catch {
        return null;
      }
    }
    return null;
  }

  /** Marks the flag the card is open on (the editor's own selection is not shown while focus is in the card). */
  setCurrent(key: string | null): void {
    this.current = key;
    this.drawCurrent();
  }

  private find(key: string): DrawnFlag | undefined {
    const blockId = key.slice(0, key.indexOf(':'));
    return this.blocks.get(blockId)?.flags.find((f) => f.flag.key === key);
  }

  private drawCurrent(): void {
    const highlight = this.highlights.get(CURRENT_FLAG_HIGHLIGHT);
    if (!highlight) return;
    highlight.clear();
    const drawn = this.current ? this.find(this.current) : undefined;
    if (drawn) highlight.add(drawn.range);
  }

  private paint(): void {
    const editor = this.editor;
    if (!editor || this.highlights.size === 0) return;
    const hidden = this.store.hidden;
    const seen = new Set<string>();
    let changed = false;
    let retry = false;
    for (const [node, path] of textBlocks(editor)) {
      const entry = this.store.block(node.id);
      if (!entry || entry.flags.length === 0 || seen.has(node.id)) continue;
      if (!this.nearView.has(node.id)) {
        this.watch(editor, node);
        continue;
      }
      seen.add(node.id);
      const before = this.blocks.get(node.id);
      // A collapsed range lost its text node (React re-created it): draw the block again.
      if (before && before.node === node && before.entry === entry && before.hidden === hidden && before.stamp === this.stamp && before.flags.every((f) => !f.range.collapsed)) continue;
      const flags = this.drawBlock(editor, node, path, entry, hidden, before);
      if (!flags) {
        // Not rendered yet (Slate commits after the change that scheduled us); try next frame.
        retry = true;
        continue;
      }
      const next = { node, entry, hidden, stamp: this.stamp, flags };
      // Same flags at the same DOM positions (typing after a block's last figure): keep the drawn
      // ranges, so the highlights are not touched and Chromium has nothing to repaint.
      if (before && sameDrawing(before.flags, flags)) {
        this.blocks.set(node.id, { ...next, flags: before.flags });
        continue;
      }
      if (before) this.remove(before);
      this.add(next);
      this.blocks.set(node.id, next);
      changed = true;
    }
    for (const [id, drawn] of this.blocks) {
      if (seen.has(id)) continue;
      this.remove(drawn);
      this.blocks.delete(id);
      changed = true;
    }
    if (changed) this.drawCurrent();
    if (retry) this.schedule();
  }

  /** Starts watching a flagged block's element; the observer reports it at once and on every crossing. */
  private watch(editor: Editor, node: TextBlock): void {
    let element: HTMLElement;
    try {
      element = ReactEditor.toDOMNode(editor, node);
    } catch {
      return;
    }
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.observer?.observe(element);
  }

  private drawBlock(editor: Editor, node: TextBlock, path: Path, entry: BlockFlags, hidden: ReadonlySet<string>, before: DrawnBlock | undefined): DrawnFlag[] | null {
    const text = Node.string(node);
    const flags: DrawnFlag[] = [];
    for (const { flag, start, end } of liveSpans(entry, text)) {
      if (end <= start || end > text.length || hidden.has(flag.hideKey)) continue;
      const highlight = this.isDismissed(flag) ? DISMISSED_HIGHLIGHT : highlightOf(flag.claim);
      // Typing elsewhere in the block moves the live range with its text: while it still covers
      // the flag's words it is kept as it is, with no Slate-to-DOM point lookups (two per flag:
      // 0.53 of the highlighter's 0.74 ms a keystroke in bench:ui's profile).
      const previous = before?.flags.find((f) => f.flag === flag)?.range;
      if (previous && !previous.collapsed && previous.startContainer.isConnected && previous.toString() === text.slice(start, end)) {
        flags.push({ flag, start, end, highlight, range: previous });
        continue;
      }
      let from: [globalThis.Node, number];
      let to: [globalThis.Node, number];
      try {
        from = ReactEditor.toDOMPoint(editor, pointInBlock(editor, path, start, 'forward'));
        to = ReactEditor.toDOMPoint(editor, pointInBlock(editor, path, end, 'backward'));
      } catch {
        return null;
      }
      // The flag's range from the last drawing when the DOM has kept it in place (typing elsewhere
      // in the block): every live Range costs the document work on each edit until it is collected,
      // so none is made per keystroke.
      const kept = previous;
      let range: Range;
      if (kept && kept.startContainer === from[0] && kept.startOffset === from[1] && kept.endContainer === to[0] && kept.endOffset === to[1]) {
        range = kept;
      } else {
        range = document.createRange();
        range.setStart(from[0], from[1]);
        range.setEnd(to[0], to[1]);
      }
      flags.push({ flag, start, end, highlight, range });
    }
    return flags;
  }

  private add(block: DrawnBlock): void {
    for (const f of block.flags) this.highlights.get(f.highlight)?.add(f.range);
  }

  private remove(block: DrawnBlock): void {
    for (const f of block.flags) this.highlights.get(f.highlight)?.delete(f.range);
  }

  private clear(): void {
    this.unsubscribe();
    this.unsubscribe = () => {};
    this.observer?.disconnect();
    this.observer = null;
    this.watched = new WeakSet();
    this.nearView.clear();
    window.cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const name of this.highlights.keys()) if (supported()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.blocks.clear();
  }
}

function sameDrawing(a: readonly DrawnFlag[], b: readonly DrawnFlag[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.flag === y.flag && x.highlight === y.highlight && x.range === y.range;
    })
  );
}
