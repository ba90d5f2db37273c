import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Evidence } from '../../../core/index.ts';
import type { SourceSummary } from '../../../electron/shared/ipcContract.ts';
import type { ClaimFlag } from '../checking/claimFlags.ts';
import type { SourceCorrection } from '../checking/sourceCorrection.ts';
import { BASIS_NOTES, VERDICTS } from '../checking/verdicts.ts';
import type { CardRequest, LiveChecking } from '../checking/useLiveChecking.ts';
import { Icon } from '../ui/Icon.tsx';
import { ClaimReviewActions } from '../review/ClaimReviewActions.tsx';
import { useCurrentReview } from '../review/reviewContext.ts';
import { VerdictIcon } from './VerdictIcon.tsx';

/** Space between the flag's line and the card. */
const CARD_GAP = 6;
/** Space kept between the card and the edges of the room it may take. */
const CARD_MARGIN = 8;
/** The card's width where there is room (checking.css gives the same as its default). */
const CARD_WIDTH = 420;
/** Its height cap where there is room: about two flags with their quotes before it scrolls. */
const CARD_MAX_HEIGHT = 460;
/** Least height a card takes beside its flag (a heading and one line of actions) before it takes the room's. */
const MIN_CARD_ROOM = 120;

interface CardPlace {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

/**
 * The room a card may take: the editor area, less a side panel laid over it (the drawer) or
 * beside it, and never past the window. Bounded by the window alone, a card opened on a figure
 * near the page's right edge covered the side panel.
 */
export function cardRoom(): { left: number; top: number; right: number; bottom: number } {
  const area = document.querySelector('.editor-area')?.getBoundingClientRect();
  let left = Math.max(0, area?.left ?? 0);
  let right = Math.min(window.innerWidth, area?.right ?? window.innerWidth);
  const top = Math.max(0, area?.top ?? 0);
  const bottom = Math.min(window.innerHeight, area?.bottom ?? window.innerHeight);
  for (const selector of ['.side-panel', '.sidebar']) {
    const element = document.querySelector<HTMLElement>(selector);
    // A closed drawer is display: none, and its box is empty.
    const box = element?.getBoundingClientRect();
    if (!box || box.width === 0) continue;
    // A panel overlapping the area from the right takes its right part; one from the left, its left.
    if (box.left < right && box.right > left) {
      if (box.left + box.width / 2 > (left + right) / 2) right = Math.min(right, box.left);
      else left = Math.max(left, box.right);
    }
  }
  return { left, top, right, bottom };
}

/** Below the flag when it fits, else above, else on the side with more room (and scrolling inside). */
export function placeCard(flag: { top: number; bottom: number; left: number }, wanted: number, room: ReturnType<typeof cardRoom>): CardPlace {
  const width = Math.max(0, Math.min(CARD_WIDTH, room.right - room.left - 2 * CARD_MARGIN));
  const below = room.bottom - CARD_MARGIN - (flag.bottom + CARD_GAP);
  const above = flag.top - CARD_GAP - (room.top + CARD_MARGIN);
  const height = Math.min(wanted, CARD_MAX_HEIGHT);
  const goBelow = height <= below || (height > above && below >= above);
  // A flag scrolled to the room's edge or past it leaves little or no room on either side: the
  // card then takes the room's height rather than shrink to nothing off-screen, so its actions
  // stay within reach (an e2e run found "Not a claim" outside the window).
  const roomHeight = Math.max(0, room.bottom - room.top - 2 * CARD_MARGIN);
  const side = Math.max(0, Math.min(CARD_MAX_HEIGHT, goBelow ? below : above));
  const maxHeight = side >= Math.min(height, MIN_CARD_ROOM) ? side : Math.min(CARD_MAX_HEIGHT, roomHeight);
  const shown = Math.min(height, maxHeight);
  // And it stays inside the room, however far the flag has scrolled.
  const top = Math.max(room.top + CARD_MARGIN, Math.min(goBelow ? flag.bottom + CARD_GAP : flag.top - CARD_GAP - shown, room.bottom - CARD_MARGIN - shown));
  const left = Math.max(room.left + CARD_MARGIN, Math.min(flag.left, room.right - CARD_MARGIN - width));
  return { top, left, width, maxHeight };
}

export function formatPublished(published: string | null | undefined): string {
  if (!published) return '';
  const date = new Date(`${published}T12:00:00`);
  return Number.isNaN(date.getTime()) ? published : date.toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The source's quote with the figure the verdict rests on marked. */
export function QuoteWithValue({ evidence }: { evidence: Evidence }) {
  const { quote, start } = evidence;
  const from = evidence.valueStart === undefined ? -1 : evidence.valueStart - start;
  const to = evidence.valueEnd === undefined ? -1 : evidence.valueEnd - start;
  if (from < 0 || to <= from || to > quote.length) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, from)}
      <mark className="evidence-value">{quote.slice(from, to)}</mark>
      {quote.slice(to)}
    </>
  );
}

/** The engine names sources by id (it knows nothing else of them); the writer knows their titles. */
function withSourceTitles(text: string, sources: readonly SourceSummary[]): string {
  let out = text;
  for (const source of sources) if (source.title && out.includes(source.id)) out = out.split(source.id).join(`“${source.title}”`);
  return out;
}

function sourceLine(source: SourceSummary | undefined): string {
  if (!source) return 'A source no longer attached';
  return [source.title, source.outlet, formatPublished(source.published)].filter((p) => p !== '').join(' · ');
}

interface EvidenceCardProps {
  checking: LiveChecking;
  editor: Editor;
  card: CardRequest;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** Everything in the card Tab may land on, in order. */
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keys the card passes to the editor's flag navigation (F8 from inside the card moves on). */
const isFlagNavigation = (event: KeyboardEvent) => event.key === 'F8' || (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp'));

/**
 * The verdict, the engine's explanation and the source passage for the flags under the pointer or
 * caret. A non-modal dialog: Tab and Shift+Tab cycle its controls, Esc returns to the text at the
 * flag. Opened from the keyboard, focus goes to its heading, never to an action, so a reflex Enter
 * changes nothing.
 */
export function EvidenceCard({ checking, editor, card, onPointerEnter, onPointerLeave }: EvidenceCardProps) {
  const { store } = checking;
  useSyncExternalStore(store.subscribe, store.getVersion);
  const ref = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [position, setPosition] = useState<CardPlace | null>(null);
  const [, setScrollTick] = useState(0);
  const flags = card.keys.map((key) => findFlag(checking, key)).filter((f): f is ClaimFlag => f !== undefined && !store.isHidden(f));
  const anchorKey = flags[0]?.key;
  const headingId = `${idPrefix}-flag-0`;
  const review = useCurrentReview();
  /** The card control focus was last on, kept while a review dialog opened from it is up. */
  const lastFocused = useRef<HTMLElement | null>(null);

  // A review action's dialog (reviewer name, dismiss reason) closes after React has removed it, and
  // focus falls to <body>: bring it back to the control that opened it, so a keyboard review
  // carries on in the card. Checked after the review state changes, once the dialog is gone.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const last = lastFocused.current;
      if (last?.isConnected && document.activeElement === document.body && !document.querySelector('dialog[open]')) last.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [review]);

  useLayoutEffect(() => {
    const onScroll = () => setScrollTick((t) => t + 1);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  useLayoutEffect(() => {
    const rect = anchorKey ? checking.highlighter.rectOf(anchorKey) : null;
    const box = ref.current;
    if (!rect || !box) return setPosition(null);
    // The content's own height (scrollHeight ignores the cap the last placement set), plus borders.
    const wanted = box.scrollHeight + (box.offsetHeight - box.clientHeight);
    const next = placeCard(rect, wanted, cardRoom());
    setPosition((p) => (p && p.top === next.top && p.left === next.left && p.width === next.width && p.maxHeight === next.maxHeight ? p : next));
  });

  useEffect(() => {
    if (!card.focus) return;
    // After the editor has applied the new selection, which would otherwise take focus back.
    const frame = window.requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('.card-head')?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [card.nonce, card.focus]);

  if (flags.length === 0) return null;

  const backToEditor = () => {
    checking.closeCard();
    // Back to the text at the flag, with the figure selected, wherever the card was opened from.
    if (flags[0]) checking.selectFlag(flags[0]);
    else ReactEditor.focus(editor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      backToEditor();
    } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // Tab stays in the card: the card is the only way to its actions from the keyboard.
      const controls = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      if (controls.length === 0) return;
      event.preventDefault();
      const at = controls.indexOf(document.activeElement as HTMLElement);
      const next = at < 0 ? (event.shiftKey ? controls.length - 1 : 0) : (at + (event.shiftKey ? -1 : 1) + controls.length) % controls.length;
      controls[next]!.focus();
    } else if (isFlagNavigation(event)) {
      checking.onEditorKeyDown(event, editor);
    }
  };

  return (
    <div
      ref={ref}
      className={card.pinned ? 'evidence-card pinned' : 'evidence-card'}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      style={position ? { top: position.top, left: position.left, width: position.width, maxHeight: position.maxHeight } : { visibility: 'hidden', top: 0, left: 0 }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onKeyDown={onKeyDown}
      onFocus={(event) => (lastFocused.current = event.target)}
      onBlur={(event) => {
        // Focus leaving for a dialog the card opened comes back; leaving anywhere else does not.
        if (!(event.relatedTarget instanceof Element && event.relatedTarget.closest('dialog'))) lastFocused.current = null;
      }}
      onMouseDown={(event) => event.stopPropagation()}
    >
      {flags.map((flag, i) => (
        <FlagEvidence key={flag.key} headingId={`${idPrefix}-flag-${i}`} flag={flag} checking={checking} onDone={backToEditor} />
      ))}
      <div className="card-foot">
        <span>
          <kbd>F8</kbd> next flag · <kbd>Shift</kbd>+<kbd>F8</kbd> previous · <kbd>Esc</kbd> back to the story
        </span>
        <button type="button" className="icon-button" aria-label="Close" onClick={backToEditor}>
          <Icon name="close" />
        </button>
      </div>
    </div>
  );
}

/** The correction as it will read, the new part marked. */
function CorrectionPreview({ id, correction }: { id: string; correction: SourceCorrection }) {
  const { before, inserted, after } = correction.preview;
  return (
    <p className="card-correction" id={id}>
      <span className="card-correction-label">Becomes:</span>{' '}
      <q className="card-correction-text">
        {before}
        <ins>{inserted}</ins>
        {after}
      </q>
    </p>
  );
}

function FlagEvidence({ flag, headingId, checking, onDone }: { flag: ClaimFlag; headingId: string; checking: LiveChecking; onDone: () => void }) {
  const { claim } = flag;
  const evidence = claim.evidence.slice(0, 2);
  const first = evidence[0];
  const correction = checking.correctionFor(flag);
  const dismissed = checking.isDismissed(flag);
  const previewId = `${headingId}-correction`;
  // Supported by working, not by a source stating it: the card says so and what to check.
  const basis = claim.verdict === 'supported' ? claim.basis : undefined;
  return (
    <section className={`card-flag card-${claim.verdict}`} data-verdict={claim.verdict} data-basis={basis} aria-labelledby={headingId}>
      {/* The heading takes focus when the card opens from the keyboard: read first, act second. */}
      <h2 className="card-head" id={headingId} tabIndex={-1}>
        <VerdictIcon verdict={claim.verdict} />
        <span className="card-verdict">{basis ? BASIS_NOTES[basis].label : VERDICTS[claim.verdict].label}</span>
        <span className="card-claim">“{claim.text}”</span>
        {dismissed && <span className="card-dismissed">Dismissed in review</span>}
      </h2>
      <p className="card-explanation">{withSourceTitles(claim.explanation, checking.sources)}</p>
      {evidence.map((e, i) => {
        const source = checking.sources.find((s) => s.id === e.sourceId);
        // Disputed: both reports side by side; where dates tell, the older one says so.
        const age = claim.verdict !== 'disputed' || !claim.superseded ? undefined : claim.superseded.includes(i) ? 'Older report' : 'Newer report';
        return (
          <figure key={`${e.sourceId}:${e.start}:${i}`} className="card-evidence">
            <blockquote className="card-quote">
              <QuoteWithValue evidence={e} />
            </blockquote>
            <figcaption className="card-source">{age && <span className="card-report-age">{age} · </span>}{sourceLine(source)}</figcaption>
          </figure>
        );
      })}
      {claim.verdict === 'unsupported' && claim.nearMiss && (
        // The same digits counting something else: shown so the writer sees why it is not support.
        <figure className="card-evidence card-near-miss">
          <figcaption className="card-near-miss-note">Near miss, not evidence:</figcaption>
          <blockquote className="card-quote">
            <QuoteWithValue evidence={claim.nearMiss} />
          </blockquote>
          <figcaption className="card-source">{sourceLine(checking.sources.find((s) => s.id === claim.nearMiss?.sourceId))}</figcaption>
        </figure>
      )}
      {claim.verdict === 'unsupported' && <p className="card-note">None of the story’s sources states this figure. Add a source that does, or check the number.</p>}
      {basis && <p className="card-note card-basis-note">{BASIS_NOTES[basis].note}</p>}
      {claim.verdict === 'disputed' && <p className="card-note">The sources disagree on this figure. Check which report is right before publishing.</p>}
      {correction && <CorrectionPreview id={previewId} correction={correction} />}
      <div className="card-actions">
        {first && (
          <button type="button" className="button button-small" onClick={() => checking.openSource({ sourceId: first.sourceId, start: first.start, end: first.end })}>
            <Icon name="file" /> Open source
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          title="Hide this flag in this story"
          onClick={() => {
            checking.hideFlag(flag);
            onDone();
          }}
        >
          Not a claim
        </button>
        {/* Last, and never focused on open: it writes into the story. */}
        {correction && (
          <button
            type="button"
            className="button button-small card-correct"
            aria-describedby={previewId}
            onClick={() => {
              checking.applySourceValue(flag);
              checking.closeCard();
            }}
          >
            Use source value
          </button>
        )}
      </div>
      <ClaimReviewActions blockId={flag.blockId} blockText={checking.store.block(flag.blockId)?.text ?? ''} claim={claim} />
    </section>
  );
}

export function findFlag(checking: LiveChecking, key: string): ClaimFlag | undefined {
  const blockId = key.slice(0, key.indexOf(':'));
  return checking.store.block(blockId)?.flags.find((f) => f.key === key);
}
