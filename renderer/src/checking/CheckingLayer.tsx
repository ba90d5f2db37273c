import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useSlateStatic } from 'slate-react';
import { ReactEditor } from 'slate-react';
import { EvidenceCard } from '../claims/EvidenceCard.tsx';
import '../styles/checking.css';
import { FlagSummary, FLAG_SUMMARY_ID } from './FlagSummary.tsx';
import type { LiveChecking } from './useLiveChecking.ts';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

/**
 * Lives inside the editor's Slate context: hands the editor to the checker and opens evidence
 * cards on hover and click. Flags are highlights, not elements, so the pointer's flag is found by
 * position (FlagHighlighter.flagsAt) rather than by event target.
 */
export function CheckingLayer({ checking }: { checking: LiveChecking }) {
  const editor = useSlateStatic();
  const card = useSyncExternalStore(checking.subscribeCard, checking.getCard);
  const timers = useRef<{ open?: number; close?: number }>({});
  const { attachEditor, openCard, closeCard, getCard, highlighter } = checking;

  useEffect(() => {
    attachEditor(editor);
    return () => attachEditor(null);
  }, [editor, attachEditor]);

  // The flag a pinned card is about stays marked while focus is in the card.
  useEffect(() => highlighter.setCurrent(card?.pinned ? (card.keys[0] ?? null) : null), [card, highlighter]);

  const cancelClose = useCallback(() => window.clearTimeout(timers.current.close), []);
  const scheduleClose = useCallback(() => {
    window.clearTimeout(timers.current.close);
    timers.current.close = window.setTimeout(() => {
      if (getCard()?.pinned === false) closeCard();
    }, HOVER_CLOSE_MS);
  }, [getCard, closeCard]);

  useEffect(() => {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    // Highlights are invisible to screen readers: the editor points at a spoken summary instead.
    // Set on the DOM because Slate's Editable passes no such prop through; React never touches it.
    root.setAttribute('aria-describedby', FLAG_SUMMARY_ID);
    const t = timers.current;
    let hovered = '';
    let frame = 0;
    let last: MouseEvent | null = null;
    const keysAt = (event: MouseEvent, includeDismissed = false) => highlighter.flagsAt(event.clientX, event.clientY, event.target as Element, includeDismissed).map((f) => f.key);
    // At most one hit test a frame, however fast the pointer moves.
    const track = () => {
      frame = 0;
      if (!last) return;
      const keys = keysAt(last);
      const now = keys.join(' ');
      if (now === hovered) return;
      hovered = now;
      root.classList.toggle('over-flag', keys.length > 0);
      window.clearTimeout(t.open);
      if (keys.length === 0) {
        scheduleClose();
        return;
      }
      window.clearTimeout(t.close);
      if (getCard()?.pinned) return;
      t.open = window.setTimeout(() => openCard(keys, { pinned: false, focus: false }), HOVER_OPEN_MS);
    };
    const move = (event: MouseEvent) => {
      last = event;
      if (frame === 0) frame = window.requestAnimationFrame(track);
    };
    const leave = (event: MouseEvent) => {
      last = null;
      hovered = '';
      root.classList.remove('over-flag');
      window.clearTimeout(t.open);
      const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      if (!to?.closest('.evidence-card')) scheduleClose();
    };
    const click = (event: MouseEvent) => {
      const keys = keysAt(event, true);
      window.clearTimeout(t.open);
      if (keys.length > 0) openCard(keys, { pinned: true, focus: false });
      else if (getCard()) closeCard();
    };
    const outside = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (getCard()?.pinned && !target?.closest('.evidence-card') && !root.contains(target)) closeCard();
    };
    root.addEventListener('mousemove', move, { passive: true });
    root.addEventListener('mouseleave', leave);
    root.addEventListener('click', click);
    document.addEventListener('mousedown', outside);
    return () => {
      root.removeAttribute('aria-describedby');
      root.removeEventListener('mousemove', move);
      root.removeEventListener('mouseleave', leave);
      root.removeEventListener('click', click);
      document.removeEventListener('mousedown', outside);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(t.open);
      window.clearTimeout(t.close);
    };
  }, [editor, openCard, closeCard, getCard, scheduleClose, highlighter]);

  return (
    <>
      <FlagSummary checking={checking} />
      {card && <EvidenceCard checking={checking} editor={editor} card={card} onPointerEnter={cancelClose} onPointerLeave={() => !card.pinned && scheduleClose()} />}
    </>
  );
}
