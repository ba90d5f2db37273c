// Live checking for the open story: runs the claim engine in a worker, feeds it the story's
// sources and every changed block, and turns its answers into decorations. The editor never waits:
// edits are collected for a short pause and only the blocks whose text changed are sent.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Editor, Node, Transforms } from 'slate';
import type { BaseRange, Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { currentDecision } from '../../../core/index.ts';
import type { FactBoxBullet, SourceDocument } from '../../../core/index.ts';
import type { SourceSummary } from '../../../electron/shared/ipcContract.ts';
import { call } from '../bridge.ts';
import { storedClaim } from '../review/ClaimReviewActions.tsx';
import type { ReviewController } from '../review/useReview.ts';
import { bulletLine, insertFactBoxBullets, normaliseBullet } from '../factbox/insertFactBoxBullets.ts';
import type { BlockText, FromChecker, ToChecker } from './checkerProtocol.ts';
import { ClaimStore, hideKeyOf } from './ClaimStore.ts';
import type { ClaimFlag } from './claimFlags.ts';
import { FlagHighlighter } from './FlagHighlighter.ts';
import { liveSpans } from './liveSpans.ts';
import { fetchHiddenClaims, onHiddenClaimsProblem, saveHiddenClaims, subscribeHiddenClaims } from './hiddenClaims.ts';
import { applySourceCorrection, sourceCorrection } from './sourceCorrection.ts';
import type { SourceCorrection } from './sourceCorrection.ts';
import { pointInBlock, textBlocks } from './textBlocks.ts';
import type { TextBlock } from './textBlocks.ts';
import { VERDICTS } from './verdicts.ts';

/** Pause after the last edit before the changed blocks go to the worker. */
const SEND_DELAY_MS = 40;

export interface SourceSpan {
  sourceId: string;
  start: number;
  end: number;
}

/** A claim in story order, placed in the current text. */
export interface PlacedFlag {
  flag: ClaimFlag;
  path: Path;
  start: number;
  end: number;
  blockText: string;
}

export interface CardRequest {
  keys: string[];
  /** Pinned cards (click, keyboard) stay open until dismissed; hover cards follow the pointer. */
  pinned: boolean;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
  nonce: number;
}

export interface LiveChecking {
  store: ClaimStore;
  /** Draws the flags in the editor and finds them by position. */
  highlighter: FlagHighlighter;
  sources: readonly SourceSummary[];
  documentChanged: (editor: Editor) => void;
  attachEditor: (editor: Editor | null) => void;
  editor: () => Editor | null;
  onEditorKeyDown: (event: KeyboardEvent<HTMLDivElement>, editor: Editor) => boolean;
  placedFlags: () => PlacedFlag[];
  /** Selects the claim in the story and scrolls to it; focuses the editor unless told not to. */
  selectFlag: (flag: ClaimFlag, options?: { focus?: boolean }) => void;
  /** The "Use source value" edit for a flag in the current text, or null when there is no clear one. */
  correctionFor: (flag: ClaimFlag) => SourceCorrection | null;
  applySourceValue: (flag: ClaimFlag) => void;
  /** The reviewer dismissed the flag: drawn quietly, skipped by F8. */
  isDismissed: (flag: ClaimFlag) => boolean;
  /** Tells the checker the review in force (useReview's controller), which decides the dismissed flags. */
  reviewChanged: (review: ReviewController | null) => void;
  hideFlag: (flag: ClaimFlag) => void;
  unhideAll: () => void;
  insertBullets: (bullets: readonly FactBoxBullet[]) => void;
  factBoxItemTexts: () => Set<string>;
  openSource: (span: SourceSpan) => void;
  /** The text of an attached source, once loaded (for citation snippets). */
  sourceText: (id: string) => string | undefined;
  card: CardRequest | null;
  openCard: (keys: string[], options: { pinned: boolean; focus: boolean }) => void;
  closeCard: () => void;
  /** Subscribe to card requests (kept out of React state so hovering never re-renders App). */
  subscribeCard: (listener: () => void) => () => void;
  getCard: () => CardRequest | null;
}

interface Options {
  storyId: string | null;
  /** The story's publication date: the draft's "yesterday" and "on Monday" are read from it. */
  published: string | null;
  attached: readonly SourceSummary[];
  onOpenSource: (span: SourceSpan, title: string) => void;
  onHidden?: (undo: () => void) => void;
  /** A user-facing problem (a choice that could not be stored). */
  onError?: (message: string) => void;
}

function sourcesKey(sources: readonly SourceSummary[]): string {
  return sources.map((s) => `${s.id}@${s.updatedAt}`).join(',');
}

export function useLiveChecking({ storyId, published, attached, onOpenSource, onHidden, onError }: Options): LiveChecking {
  const store = useMemo(() => new ClaimStore(), []);
  /** The review in force, as the App last passed it to reviewChanged. */
  const review = useRef<ReviewController | null>(null);
  /** Claims dismissed in the stored review, by block and wording (hideKeyOf): what decides until
   *  the review status is loaded, which happens only in review mode or on the Review tab. */
  const storedDismissals = useRef<ReadonlySet<string>>(new Set());
  const isDismissed = useCallback((flag: ClaimFlag): boolean => {
    const current = review.current;
    if (current?.status) return storedClaim(current, { blockId: flag.blockId, claim: flag.claim })?.state === 'dismissed';
    return storedDismissals.current.has(hideKeyOf(flag.blockId, flag.claim));
  }, []);
  const highlighter = useMemo(() => new FlagHighlighter(store, isDismissed), [store, isDismissed]);
  // Review decisions change how flags are drawn; redraw only when the set of dismissed claims changes,
  // not on every review refresh.
  const dismissed = useRef('');
  const reviewChanged = useCallback((next: ReviewController | null) => {
    review.current = next;
    const claims = next?.status?.claims ?? [];
    const now = claims.filter((c) => c.state === 'dismissed').map((c) => `${c.blockId}|${c.start}|${c.text}`).join('\n');
    if (now !== dismissed.current) highlighter.invalidate();
    dismissed.current = now;
  }, [highlighter]);
  const worker = useRef<Worker | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const sent = useRef(new Map<string, { element: TextBlock; text: string }>());
  const timer = useRef<number | undefined>(undefined);
  const sourceTexts = useRef(new Map<string, { updatedAt: string; text: string }>());
  const attachedRef = useRef(attached);
  attachedRef.current = attached;
  const cardState = useRef<{ card: CardRequest | null; listeners: Set<() => void> }>({ card: null, listeners: new Set() });

  useEffect(() => {
    if (onError) onHiddenClaimsProblem(onError);
  }, [onError]);

  const post = useCallback((message: ToChecker) => worker.current?.postMessage(message), []);

  /** Sends the blocks whose text changed since the last send, and the ids of deleted blocks. */
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const editor = editorRef.current;
    if (!editor || !worker.current) return;
    const changed: BlockText[] = [];
    const seen = new Set<string>();
    const previous = sent.current;
    for (const [element] of textBlocks(editor)) {
      if (seen.has(element.id)) continue;
      seen.add(element.id);
      const before = previous.get(element.id);
      // Slate replaces every node on the path of an edit, so an unchanged object is unchanged text.
      if (before?.element === element) continue;
      const text = Node.string(element);
      previous.set(element.id, { element, text });
      if (before?.text !== text) changed.push({ id: element.id, text });
    }
    const removed: string[] = [];
    for (const id of previous.keys()) if (!seen.has(id)) removed.push(id);
    for (const id of removed) previous.delete(id);
    if (changed.length > 0 || removed.length > 0) post({ type: 'blocks', changed, removed });
  }, [post]);

  const documentChanged = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      highlighter.schedule();
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SEND_DELAY_MS);
    },
    [flush, highlighter],
  );

  const attachEditor = useCallback(
    (editor: Editor | null) => {
      editorRef.current = editor;
      highlighter.attach(editor);
      if (editor) flush();
    },
    [flush, highlighter],
  );

  // One worker per open story: its caches belong to that story's blocks and sources.
  useEffect(() => {
    store.clear();
    sent.current = new Map();
    if (!storyId) return;
    store.setHidden([]);
    storedDismissals.current = new Set();
    const unsubscribe = subscribeHiddenClaims((id, keys) => id === storyId && store.setHidden(keys));
    const deliver = (message: FromChecker) => {
      if (message.type === 'claims') store.applyClaims(message.blocks, message.removed);
      else if (message.type === 'fact-box') store.setBullets(message.bullets);
      else store.setStatus('failed', message.message);
    };
    // Verdicts wait until the story's "Not a claim" choices and review decisions are in: a flag
    // drawn red first and quiet a moment later tells the writer a settled figure is wrong again.
    let held: FromChecker[] | null = [];
    let live = true;
    const release = () => {
      if (!live || !held) return;
      const queue = held;
      held = null;
      for (const message of queue) deliver(message);
    };
    void Promise.all([fetchHiddenClaims(storyId), fetchDismissals(storyId)])
      .then((results) => {
        if (live) storedDismissals.current = results[1];
      })
      .catch(() => {})
      .then(release);
    const w = new Worker(new URL('./claimChecker.worker.ts', import.meta.url), { type: 'module', name: 'claim-checker' });
    w.onmessage = (event: MessageEvent<FromChecker>) => {
      if (held) held.push(event.data);
      else deliver(event.data);
    };
    w.onerror = () => store.setStatus('failed', 'Live checking stopped working. Reload the window to restart it.');
    worker.current = w;
    flush();
    return () => {
      live = false;
      unsubscribe();
      w.terminate();
      if (worker.current === w) worker.current = null;
      window.clearTimeout(timer.current);
    };
  }, [storyId, store, flush]);

  // The index is rebuilt whenever the attached sources (or their details) change.
  const key = sourcesKey(attached);
  useEffect(() => {
    if (!storyId) return;
    let live = true;
    void (async () => {
      const list = attachedRef.current;
      const docs: SourceDocument[] = [];
      for (const summary of list) {
        let cached = sourceTexts.current.get(summary.id);
        if (!cached || cached.updatedAt !== summary.updatedAt) {
          const result = await call('getSource', { id: summary.id });
          if (!result.ok) continue;
          cached = { updatedAt: summary.updatedAt, text: result.value.text };
          sourceTexts.current.set(summary.id, cached);
        }
        docs.push({ id: summary.id, text: cached.text, title: summary.title, ...(summary.published ? { published: summary.published } : {}) });
      }
      if (!live) return;
      store.setStatus(docs.length === 0 ? 'no-sources' : 'ready');
      post({ type: 'sources', sources: docs, ...(published ? { published } : {}) });
    })();
    return () => {
      live = false;
    };
  }, [storyId, key, published, store, post]);

  const placedFlags = useCallback((): PlacedFlag[] => {
    const editor = editorRef.current;
    if (!editor) return [];
    const out: PlacedFlag[] = [];
    for (const [element, path] of textBlocks(editor)) {
      const entry = store.block(element.id);
      if (!entry || entry.flags.length === 0) continue;
      const text = Node.string(element);
      const spans = [...liveSpans(entry, text)].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const span of spans) out.push({ flag: span.flag, path, start: span.start, end: span.end, blockText: text });
    }
    return out;
  }, [store]);

  const rangeOf = useCallback(
    (flag: ClaimFlag): BaseRange | null => {
      const editor = editorRef.current;
      if (!editor) return null;
      const placed = placedFlags().find((p) => p.flag === flag);
      if (!placed) return null;
      return { anchor: pointInBlock(editor, placed.path, placed.start, 'forward'), focus: pointInBlock(editor, placed.path, placed.end, 'backward') };
    },
    [placedFlags],
  );

  const selectFlag = useCallback(
    (flag: ClaimFlag, options: { focus?: boolean } = {}) => {
      const editor = editorRef.current;
      const range = rangeOf(flag);
      if (!editor || !range) return;
      Transforms.select(editor, range);
      if (options.focus !== false) ReactEditor.focus(editor);
      scrollRangeIntoView(editor, range);
    },
    [rangeOf],
  );

  const correctionFor = useCallback(
    (flag: ClaimFlag): SourceCorrection | null => {
      const placed = placedFlags().find((p) => p.flag === flag);
      return placed ? sourceCorrection(flag.claim, placed.blockText, placed.start, placed.end) : null;
    },
    [placedFlags],
  );

  const applySourceValue = useCallback(
    (flag: ClaimFlag) => {
      const editor = editorRef.current;
      const placed = placedFlags().find((p) => p.flag === flag);
      // Computed again from the text as it is now: the one the card previewed, unless it changed.
      const correction = placed ? sourceCorrection(flag.claim, placed.blockText, placed.start, placed.end) : null;
      if (!editor || !placed || !correction) return;
      applySourceCorrection(editor, correction, (offset, leaning) => pointInBlock(editor, placed.path, offset, leaning));
      ReactEditor.focus(editor);
      flush();
    },
    [placedFlags, flush],
  );

  const hideFlag = useCallback(
    (flag: ClaimFlag) => {
      if (!storyId) return;
      const before = [...store.hidden];
      const next = new Set(store.hidden).add(flag.hideKey);
      saveHiddenClaims(storyId, next);
      onHidden?.(() => saveHiddenClaims(storyId, before));
    },
    [storyId, store, onHidden],
  );

  const unhideAll = useCallback(() => {
    if (!storyId) return;
    saveHiddenClaims(storyId, []);
  }, [storyId]);

  const factBoxItemTexts = useCallback((): Set<string> => {
    const editor = editorRef.current;
    const texts = new Set<string>();
    if (!editor) return texts;
    for (const [element] of textBlocks(editor)) if (element.type === 'fact-box-item') texts.add(normaliseBullet(Node.string(element)));
    return texts;
  }, []);

  const insertBullets = useCallback(
    (bullets: readonly FactBoxBullet[]) => {
      const editor = editorRef.current;
      if (!editor) return;
      const boxPath = insertFactBoxBullets(editor, bullets);
      flush();
      if (!boxPath) return;
      window.requestAnimationFrame(() => {
        try {
          ReactEditor.toDOMNode(editor, Node.get(editor, boxPath)).scrollIntoView({ block: 'nearest' });
        } catch {
          // The box was edited away before the frame; nothing to scroll to.
        }
      });
    },
    [flush],
  );

  const openSource = useCallback(
    (span: SourceSpan) => {
      const title = attachedRef.current.find((s) => s.id === span.sourceId)?.title ?? '';
      onOpenSource(span, title);
    },
    [onOpenSource],
  );

  const emitCard = useCallback((card: CardRequest | null) => {
    cardState.current.card = card;
    for (const listener of cardState.current.listeners) listener();
  }, []);
  const openCard = useCallback(
    (keys: string[], options: { pinned: boolean; focus: boolean }) => emitCard({ keys, ...options, nonce: Date.now() }),
    [emitCard],
  );
  const closeCard = useCallback(() => emitCard(null), [emitCard]);
  const subscribeCard = useCallback((listener: () => void) => {
    cardState.current.listeners.add(listener);
    return () => cardState.current.listeners.delete(listener);
  }, []);
  const getCard = useCallback(() => cardState.current.card, []);

  const onEditorKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, editor: Editor): boolean => {
      const next = event.key === 'F8' || (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp'));
      if (!next) {
        // Typing or moving on closes a card; holding a modifier (about to press a shortcut) does not.
        if (cardState.current.card && !['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) closeCard();
        return false;
      }
      event.preventDefault();
      const backwards = event.shiftKey || event.key === 'ArrowUp';
      const target = adjacentFlag(editor, placedFlags(), (p) => !store.isHidden(p.flag) && !isDismissed(p.flag) && VERDICTS[p.flag.claim.verdict].needsReview, backwards);
      if (!target) return true;
      selectFlag(target.flag, { focus: false });
      openCard([target.flag.key], { pinned: true, focus: true });
      return true;
    },
    [placedFlags, store, isDismissed, selectFlag, openCard, closeCard],
  );

  return {
    store,
    highlighter,
    sources: attached,
    documentChanged,
    attachEditor,
    editor: () => editorRef.current,
    onEditorKeyDown,
    placedFlags,
    selectFlag,
    correctionFor,
    applySourceValue,
    isDismissed,
    reviewChanged,
    hideFlag,
    unhideAll,
    insertBullets,
    factBoxItemTexts,
    openSource,
    sourceText: (id: string) => sourceTexts.current.get(id)?.text,
    card: cardState.current.card,
    openCard,
    closeCard,
    subscribeCard,
    getCard,
  };
}

export { bulletLine, normaliseBullet };

/** The stored review's dismissed claims (decision in force), keyed by block and wording. */
async function fetchDismissals(storyId: string): Promise<ReadonlySet<string>> {
  const result = await call('getStoryReview', { storyId });
  const keys = new Set<string>();
  if (!result.ok) return keys;
  for (const claimReview of result.value.reviews) {
    const decision = currentDecision(claimReview);
    if (decision?.state === 'dismissed') keys.add(hideKeyOf(decision.anchor.blockId, decision.anchor));
  }
  return keys;
}

/** The next (or previous) flag F8 stops at after the caret, wrapping round the story. */
function adjacentFlag(editor: Editor, placed: PlacedFlag[], stopsAt: (p: PlacedFlag) => boolean, backwards: boolean): PlacedFlag | undefined {
  const visible = placed.filter(stopsAt);
  if (visible.length === 0) return undefined;
  const selection = editor.selection;
  if (!selection) return backwards ? visible[visible.length - 1] : visible[0];
  const [from, to] = [Editor.start(editor, selection), Editor.end(editor, selection)];
  const startOf = (p: PlacedFlag) => pointInBlock(editor, p.path, p.start, 'forward');
  if (backwards) {
    for (let i = visible.length - 1; i >= 0; i--) if (comparePoints(startOf(visible[i]!), from) < 0) return visible[i];
    return visible[visible.length - 1];
  }
  for (const p of visible) if (comparePoints(startOf(p), to) >= 0 && !(comparePoints(startOf(p), from) === 0)) return p;
  return visible[0];
}

function comparePoints(a: { path: Path; offset: number }, b: { path: Path; offset: number }): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const d = a.path[i]! - b.path[i]!;
    if (d !== 0) return d;
  }
  return a.path.length === b.path.length ? a.offset - b.offset : a.path.length - b.path.length;
}

function scrollRangeIntoView(editor: Editor, range: BaseRange): void {
  try {
    const dom = ReactEditor.toDOMRange(editor, range);
    const element = dom.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
  } catch {
    // Not rendered yet (a block far off-screen in a huge story); Slate scrolls on focus instead.
  }
}
