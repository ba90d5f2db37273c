// Shows a source span in the reader pane: scrolls to it and paints it with the CSS Custom
// Highlight API, which marks text without changing the reader's DOM (React owns that DOM).
const HIGHLIGHT_NAME = 'crosscheck-source-span';
const WAIT_MS = 4000;

/**
 * Waits for the reader to show the source titled `title`, then highlights [start, end) of its text.
 * Resolves whether it found the span (false if the reader never showed it).
 */
export function highlightSourceSpan(title: string, start: number, end: number): Promise<boolean> {
  const deadline = performance.now() + WAIT_MS;
  return new Promise((resolve) => {
    const attempt = () => {
      const container = findReader(title);
      const range = container ? rangeIn(container, start, end) : null;
      if (container && range) {
        paint(range);
        scrollToRange(container, range);
        range.startContainer.parentElement?.setAttribute('data-highlighted', 'true');
        resolve(true);
      } else if (performance.now() > deadline) resolve(false);
      else window.setTimeout(attempt, 50);
    };
    attempt();
  });
}

/** Scrolls the reader's scrolling ancestor so the span itself (not just its paragraph) is in view. */
function scrollToRange(container: HTMLElement, range: Range): void {
  let scroller: HTMLElement | null = container;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  const rect = range.getBoundingClientRect();
  if (!scroller) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return;
  }
  const view = scroller.getBoundingClientRect();
  scroller.scrollTop += rect.top - view.top - Math.max(16, (view.height - rect.height) / 3);
}

function findReader(title: string): HTMLElement | null {
  const readers = document.querySelectorAll<HTMLElement>('.reader-text');
  for (const reader of readers) {
    if (title === '' || reader.getAttribute('aria-label') === `Text of ${title}`) return reader;
  }
  return null;
}

/** A DOM range over source offsets, from the reader's per-paragraph data-offset attributes. */
function rangeIn(container: HTMLElement, start: number, end: number): Range | null {
  const paragraphs = [...container.querySelectorAll<HTMLElement>('[data-offset]')];
  const locate = (offset: number) => {
    let best: { node: Text; offset: number } | null = null;
    for (const p of paragraphs) {
      const base = Number(p.dataset.offset);
      const text = p.firstChild;
      if (!(text instanceof Text) || base > offset) continue;
      best = { node: text, offset: Math.min(offset - base, text.length) };
    }
    return best;
  };
  const from = locate(start);
  const to = locate(Math.max(start, end));
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function paint(range: Range): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
}

export function clearSourceHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}
