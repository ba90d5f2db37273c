// Comments beside the text they are about, in a margin inside the editor's scrolling area (so they
// scroll with the story). Cards are stacked so they never overlap; a comment whose words are gone
// from the story waits at the bottom. Where the window is too narrow for the margin beside a full
// writing column, the commented words stay marked and the comments open as a list from the review
// strip instead, the way a word processor folds its comment pane at small sizes.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Icon } from '../ui/Icon.tsx';
import type { ReviewStatus } from '../../../electron/shared/reviewContract.ts';
import { blockTop, selectSpan, spanRange } from './editorDom.ts';
import { when } from './ReviewPanel.tsx';
import type { ReviewController } from './useReview.ts';

type Located = ReviewStatus['comments'][number];

/**
 * Windows wide enough for the margin: the story list (232 px), the side panel narrowed to 340 px
 * and an editor area of 868 px (a 520 px writing column, the page's padding and border, the
 * 214 px margin and the scroll area's padding). Narrower, the margin would take the column
 * down to ~410 px at 1024 px, so the comments move to the strip's list.
 */
const MARGIN_QUERY = '(min-width: 1440px)';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback((listener: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', listener);
    return () => list.removeEventListener('change', listener);
  }, [query]);
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** The CSS highlight (review.css ::highlight) over the words of unresolved comments. */
const COMMENT_HIGHLIGHT = 'review-comment';

function CommentCard({ comment, review, top }: { comment: Located; review: ReviewController; top: number | null }) {
  const [reply, setReply] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <article
      className={`comment-card${comment.resolved ? ' comment-resolved' : ''}${comment.located ? '' : ' comment-detached'}`}
      data-comment-id={comment.id}
      style={top === null ? undefined : { top }}
      aria-label={`Comment by ${comment.author || 'Unnamed'}`}
    >
      <button type="button" className="comment-quote" title="Show in the story" disabled={!comment.located}
        onClick={() => comment.located && selectSpan(comment.located.blockId, comment.located.start, comment.located.end)}>
        “{comment.anchor.text.length > 60 ? `${comment.anchor.text.slice(0, 60)}…` : comment.anchor.text}”
      </button>
      {!comment.located && <p className="comment-gone">These words are no longer in the story.</p>}
      <p className="comment-body">{comment.body}</p>
      <p className="comment-meta">{comment.author || 'Unnamed'} · {when(comment.at)}</p>
      {comment.replies.map((r) => (
        <div key={r.id} className="comment-reply">
          <p className="comment-body">{r.body}</p>
          <p className="comment-meta">{r.author || 'Unnamed'} · {when(r.at)}</p>
        </div>
      ))}
      {comment.resolved && <p className="comment-meta">Resolved by {comment.resolvedBy || 'Unnamed'}{comment.resolvedAt ? ` · ${when(comment.resolvedAt)}` : ''}</p>}
      {open ? (
        <form
          className="comment-reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reply.trim() === '') return;
            review.reply(comment.id, reply.trim());
            setReply('');
            setOpen(false);
          }}
        >
          <textarea autoFocus rows={2} value={reply} aria-label="Reply" onChange={(e) => setReply(e.target.value)} />
          <div className="comment-actions">
            <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)}>Cancel</button>
            <button type="submit" className="button button-small button-primary">Reply</button>
          </div>
        </form>
      ) : (
        <div className="comment-actions">
          <button type="button" className="button button-small button-quiet" onClick={() => setOpen(true)}>Reply</button>
          <button type="button" className="button button-small button-quiet" onClick={() => void review.resolve(comment.id, !comment.resolved)}>
            {comment.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
    </article>
  );
}

export function CommentsMargin({ review }: { review: ReviewController }) {
  const wide = useMediaQuery(MARGIN_QUERY);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [tops, setTops] = useState<Map<string, number>>(new Map());
  const [showResolved, setShowResolved] = useState(false);
  const margin = useRef<HTMLDivElement>(null);
  const comments = (review.status?.comments ?? []).filter((c) => showResolved || !c.resolved);

  useLayoutEffect(() => {
    setScroller(document.querySelector<HTMLElement>('.editor-scroll'));
  });

  // Wanted positions first (beside each block), then pushed down so cards never overlap.
  useLayoutEffect(() => {
    if (!wide || !scroller || !margin.current) return;
    const place = () => {
      const cards = [...(margin.current?.querySelectorAll<HTMLElement>('.comment-card') ?? [])];
      const next = new Map<string, number>();
      let floor = 0;
      const wanted = comments
        .map((c) => ({ c, top: c.located ? blockTop(c.located.blockId, scroller) : null }))
        .sort((a, b) => (a.top ?? Infinity) - (b.top ?? Infinity));
      for (const { c, top } of wanted) {
        const card = cards.find((el) => el.dataset.commentId === c.id);
        const at = Math.max(top ?? floor, floor);
        next.set(c.id, at);
        floor = at + (card?.offsetHeight ?? 120) + 8;
      }
      setTops((prev) => (sameMap(prev, next) ? prev : next));
    };
    place();
    const observer = new ResizeObserver(place);
    const page = scroller.querySelector('.page');
    if (page) observer.observe(page);
    return () => observer.disconnect();
  });

  // The commented words are marked in the story with a CSS highlight: no decoration, so the
  // editor's document and the live checker's decorations stay as they are.
  useLayoutEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    if (!review.mode) {
      CSS.highlights.delete(COMMENT_HIGHLIGHT);
      return;
    }
    const ranges = comments.flatMap((c) => (c.located && !c.resolved ? [spanRange(c.located.blockId, c.located.start, c.located.end)] : [])).filter((r): r is Range => r !== null);
    CSS.highlights.set(COMMENT_HIGHLIGHT, new Highlight(...ranges));
  });
  useLayoutEffect(() => () => {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(COMMENT_HIGHLIGHT);
  }, []);

  if (!review.mode) return null;
  const resolvedToggle = review.status && review.status.comments.some((c) => c.resolved) && (
    <label className="comments-resolved-toggle">
      <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show resolved
    </label>
  );
  if (!wide) {
    if (!review.status || review.status.comments.length === 0) return null;
    return (
      <CommentsList openCount={review.status.comments.filter((c) => !c.resolved).length}>
        {resolvedToggle}
        {comments.map((c) => <CommentCard key={c.id} comment={c} review={review} top={null} />)}
      </CommentsList>
    );
  }
  if (!scroller) return null;
  return createPortal(
    <section className="comments-margin" ref={margin} aria-label="Comments">
      {resolvedToggle}
      {comments.map((c) => <CommentCard key={c.id} comment={c} review={review} top={tops.get(c.id) ?? null} />)}
    </section>,
    scroller,
  );
}

/**
 * The comments of a narrow window: a strip button that opens them as a list over the top of the
 * page. Non-modal, like the evidence card: the story stays editable, a comment's quote still
 * selects its words, and Esc (or the button again) closes the list and returns to the button.
 */
function CommentsList({ openCount, children }: { openCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return (
    <>
      <button ref={button} type="button" className="button button-small comments-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Comments{openCount > 0 && <span className="tab-badge">{openCount}</span>}
      </button>
      {open && (
        <section id={id} className="comments-list" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
          <div className="comments-list-head">
            <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>Comments</h2>
            <button type="button" className="icon-button" aria-label="Close the comments" title="Close (Esc)" onClick={close}>
              <Icon name="close" />
            </button>
          </div>
          {children}
        </section>
      )}
    </>
  );
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (Math.abs((b.get(k) ?? -1) - v) > 0.5) return false;
  return true;
}
