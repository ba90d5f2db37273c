// Keeps the caret on screen after each change. Slate's default does it with
// scroll-into-view-if-needed, which reads the box and computed style of every ancestor of the text
// on each keystroke (0.55 ms a key typing into bench:ui's 5,000-word story, a fifth of the
// editor's script time). The story scrolls in one element and the caret is nearly always inside
// it already: two rectangles tell, and one scrollTop moves it when not.
import { Range } from 'slate';
import type { ReactEditor } from 'slate-react';

/** Room kept between the caret and the edge of the page's view it is scrolled to (about a line). */
const CARET_MARGIN_PX = 24;

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  // The selection's focus end, as Slate's default does.
  const focus = domRange.cloneRange();
  focus.collapse(editor.selection ? Range.isBackward(editor.selection) : true);
  const caret = focus.getBoundingClientRect();
  // Chromium gives no box for some valid points (a line break): leave the view where it is.
  if (caret.width === 0 && caret.height === 0 && caret.x === 0 && caret.y === 0) return;
  const scroller = focus.startContainer.parentElement?.closest<HTMLElement>('.editor-scroll');
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  if (caret.bottom > view.bottom) scroller.scrollTop += caret.bottom - view.bottom + CARET_MARGIN_PX;
  else if (caret.top < view.top) scroller.scrollTop -= view.top - caret.top + CARET_MARGIN_PX;
}
