// Following reviews and comments through edits. A decision is anchored to its claim's text, the
// words around it and its block id; after an edit we look for the claim in stages, from the
// safest evidence to the loosest, and never give one claim two decisions.
import type { ClaimReview, ReviewDecision, ReviewState, TextAnchor } from './reviewTypes.ts';
import { currentDecision } from './reviewTypes.ts';

/** Characters of context kept each side of an anchored text. */
export const ANCHOR_CONTEXT = 40;
/** Context similarity (0–1) at which a claim with the same text is taken to have moved. */
const MOVED_SAME_TEXT = 0.5;
/** A claim whose own text changed must sit in clearly the same words to inherit a decision. */
const CHANGED_IN_BLOCK = 0.55;
const CHANGED_ELSEWHERE = 0.75;

/** A claim (or any text span) as it is now: block, offsets into the block's text, and text. */
export interface SpanInBlock {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function anchorFor(blockId: string, blockText: string, start: number, end: number): TextAnchor {
  return {
    blockId,
    text: blockText.slice(start, end),
    before: blockText.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    after: blockText.slice(end, end + ANCHOR_CONTEXT),
    start,
  };
}

export interface AnchoredReview {
  readonly review: ClaimReview;
  /** The decision in force for the claim as matched (absent once the claim's text changed). */
  readonly decision: ReviewDecision | undefined;
  readonly state: ReviewState;
  /** The claim's text differs from the text the last decision was taken on: back to open. */
  readonly changed: boolean;
}

export interface ReanchorResult {
  /** Index into the given claims → the review that follows it. */
  readonly byClaim: ReadonlyMap<number, AnchoredReview>;
  /** Reviews whose claim is no longer in the story. */
  readonly orphans: readonly ClaimReview[];
}

interface Candidate {
  readonly index: number;
  readonly span: SpanInBlock;
  readonly before: string;
  readonly after: string;
}

/**
 * Matches stored reviews to the story's current claims. Stages: (1) same text and the same words
 * around it; (2) same text in the same block, nearest the old position; (3) same text, similar
 * words around it anywhere; (4) different text in clearly the same place, which reopens the claim.
 */
export function reanchorReviews(
  blocks: readonly { readonly id: string; readonly text: string }[],
  claims: readonly SpanInBlock[],
  reviews: readonly ClaimReview[],
): ReanchorResult {
  const textById = new Map(blocks.map((b) => [b.id, b.text]));
  const candidates: Candidate[] = claims.map((span, index) => {
    const text = textById.get(span.blockId) ?? '';
    const anchor = anchorFor(span.blockId, text, span.start, span.end);
    return { index, span, before: anchor.before, after: anchor.after };
  });
  const pending = reviews
    .map((review) => ({ review, anchor: currentDecision(review)?.anchor }))
    .filter((r): r is { review: ClaimReview; anchor: TextAnchor } => r.anchor !== undefined);

  const byClaim = new Map<number, AnchoredReview>();
  const taken = new Set<number>();
  const done = new Set<ClaimReview>();
  const assign = (pairs: { review: ClaimReview; claim: number; score: number; changed: boolean }[]) => {
    // Equal evidence: the review decided most recently wins (two reviews of one claim can meet
    // when a package merges work done on two machines).
    pairs.sort((a, b) => b.score - a.score || latest(b.review).localeCompare(latest(a.review)));
    for (const pair of pairs) {
      if (taken.has(pair.claim) || done.has(pair.review)) continue;
      taken.add(pair.claim);
      done.add(pair.review);
      const decision = currentDecision(pair.review);
      byClaim.set(pair.claim, {
        review: pair.review,
        decision: pair.changed ? undefined : decision,
        state: pair.changed ? 'open' : (decision?.state ?? 'open'),
        changed: pair.changed,
      });
    }
  };
  const stage = (score: (anchor: TextAnchor, c: Candidate) => number | null, changed: boolean) => {
    const pairs: { review: ClaimReview; claim: number; score: number; changed: boolean }[] = [];
    for (const { review, anchor } of pending) {
      if (done.has(review)) continue;
      for (const c of candidates) {
        if (taken.has(c.index)) continue;
        const s = score(anchor, c);
        if (s !== null) pairs.push({ review, claim: c.index, score: s, changed });
      }
    }
    assign(pairs);
  };
  const nearness = (anchor: TextAnchor, c: Candidate) => 1 / (1 + Math.abs(c.span.start - anchor.start));

  stage((a, c) => (c.span.text === a.text && c.before === a.before && c.after === a.after
    ? 2 + (c.span.blockId === a.blockId ? 1 : 0) + nearness(a, c) : null), false);
  stage((a, c) => (c.span.text === a.text && c.span.blockId === a.blockId ? contextSimilarity(a, c) + nearness(a, c) : null), false);
  stage((a, c) => {
    if (c.span.text !== a.text) return null;
    const s = contextSimilarity(a, c);
    return s >= MOVED_SAME_TEXT ? s : null;
  }, false);
  stage((a, c) => {
    if (c.span.text === a.text) return null;
    const s = contextSimilarity(a, c);
    return s >= (c.span.blockId === a.blockId ? CHANGED_IN_BLOCK : CHANGED_ELSEWHERE) ? s : null;
  }, true);

  return { byClaim, orphans: reviews.filter((r) => !done.has(r)) };
}

const latest = (review: ClaimReview) => currentDecision(review)?.at ?? '';

/** Where an anchored range (a comment's) is now, or null when its text is gone from the story. */
export function locateAnchor(
  blocks: readonly { readonly id: string; readonly text: string }[],
  anchor: TextAnchor,
): SpanInBlock | null {
  if (anchor.text === '') return null;
  let best: { span: SpanInBlock; score: number } | null = null;
  for (const block of blocks) {
    for (let at = block.text.indexOf(anchor.text); at !== -1; at = block.text.indexOf(anchor.text, at + 1)) {
      const here = anchorFor(block.id, block.text, at, at + anchor.text.length);
      const score = contextSimilarity(anchor, here) + (block.id === anchor.blockId ? 1 + 1 / (1 + Math.abs(at - anchor.start)) : 0);
      if (!best || score > best.score) best = { span: { blockId: block.id, start: at, end: at + anchor.text.length, text: anchor.text }, score };
    }
  }
  return best?.span ?? null;
}

/** Similarity of the words around two spans: the text nearest the span weighs most. */
export function contextSimilarity(a: { before: string; after: string }, b: { before: string; after: string }): number {
  const side = (x: string, y: string, cut: (s: string, n: number) => string) =>
    (2 * dice(cut(x, NEAR), cut(y, NEAR)) + dice(cut(x, ANCHOR_CONTEXT), cut(y, ANCHOR_CONTEXT))) / 3;
  return (side(a.before, b.before, tail) + side(a.after, b.after, head)) / 2;
}

/** The words right next to a span say more about it than the rest of the sentence. */
const NEAR = 12;
const tail = (s: string, n: number) => s.slice(-n).toLowerCase();
const head = (s: string, n: number) => s.slice(0, n).toLowerCase();

/** Dice coefficient over character bigrams; two empty contexts (start of block) are the same. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
