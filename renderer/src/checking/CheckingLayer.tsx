import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useSlateStatic } from 'slate-react';
import { ReactEditor } from 'slate-react';
import { EvidenceCard } from '../claims/EvidenceCard.tsx';
import '../styles/checking.css';
import { flagKeysAt } from './FlaggedLeaf.tsx';
import type { LiveChecking } from './useLiveChecking.ts';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

/**
 * Lives inside the editor's Slate context: hands the editor to the checker, opens evidence cards
 * on hover and click, and holds the verdict descriptions the flags point to.
 */
export function CheckingLayer({ checking }: { checking: LiveChecking }) {
  const editor = useSlateStatic();
  const card = useSyncExternalStore(checking.subscribeCard, checking.getCard);
  const timers = useRef<{ open?: number; close?: number }>({});
  const { attachEditor, openCard, closeCard, getCard } = checking;

  useEffect(() => {
    attachEditor(editor);
    return () => attachEditor(null);
  }, [editor, attachEditor]);

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
    const t = timers.current;
    const over = (event: MouseEvent) => {
      const keys = flagKeysAt(event.target as Element);
      if (keys.length === 0) return;
      window.clearTimeout(t.close);
      if (getCard()?.pinned) return;
      window.clearTimeout(t.open);
      t.open = window.setTimeout(() => openCard(keys, { pinned: false, focus: false }), HOVER_OPEN_MS);
    };
    const out = (event: MouseEvent) => {
      const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      if (to && flagKeysAt(to).length > 0) return;
      window.clearTimeout(t.open);
      if (to?.closest('.evidence-card')) return;
      scheduleClose();
    };
    const click = (event: MouseEvent) => {
      const keys = flagKeysAt(event.target as Element);
      window.clearTimeout(t.open);
      if (keys.length > 0) openCard(keys, { pinned: true, focus: false });
      else if (getCard()) closeCard();
    };
    const outside = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (getCard()?.pinned && !target?.closest('.evidence-card') && !root.contains(target)) closeCard();
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    root.addEventListener('click', click);
    document.addEventListener('mousedown', outside);
    return () => {
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
      root.removeEventListener('click', click);
      document.removeEventListener('mousedown', outside);
      window.clearTimeout(t.open);
      window.clearTimeout(t.close);
    };
  }, [editor, openCard, closeCard, getCard, scheduleClose]);

  return (
    <>
      <div hidden>
        <span id="flag-desc-contradicted">Contradicted by a source. Press F8 to review flags.</span>
        <span id="flag-desc-unsupported">Not found in the story’s sources. Press F8 to review flags.</span>
        <span id="flag-desc-disputed">The sources disagree on this figure. Press F8 to review flags.</span>
        <span id="flag-desc-supported">Supported by a source.</span>
      </div>
      {card && <EvidenceCard checking={checking} editor={editor} card={card} onPointerEnter={cancelClose} onPointerLeave={() => !card.pinned && scheduleClose()} />}
    </>
  );
}
