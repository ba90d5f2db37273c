// The ready-to-publish gate. A story may go out only when
// - no flagged claim (any verdict but supported) is still open,
// - no claim of any verdict is sent back to the writer ("needs change"),
// - no comment is unresolved.
// Verified and dismissed claims are closed, and so is a figure marked "Not a claim".
import type { Verdict } from '../types.ts';
import type { ReviewState } from './reviewTypes.ts';
import { REVIEW_STATES } from './reviewTypes.ts';

export interface GateItem {
  readonly verdict: Verdict;
  readonly state: ReviewState;
  readonly changed?: boolean;
  /** The writer or editor said this figure is not a factual claim: closed, whatever its verdict. */
  readonly notAClaim?: boolean;
  readonly text: string;
  readonly blockId: string;
  readonly start: number;
}

export interface GateComment {
  readonly resolved: boolean;
  readonly anchor: { readonly text: string };
}

export interface ReviewSummary<T extends GateItem = GateItem, C extends GateComment = GateComment> {
  /** Claims per verdict, "Not a claim" figures included. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** Claims per review state, not counting "Not a claim" figures (they are closed, not open). */
  readonly states: Readonly<Record<ReviewState, number>>;
  /** Claims whose text changed after a decision (counted as open). */
  readonly changed: number;
  /** Figures marked "Not a claim". */
  readonly notAClaim: number;
  readonly ready: boolean;
  /** Claims that stand between the story and publication, in story order. */
  readonly blockers: readonly T[];
  /** Unresolved comments, which block too. */
  readonly openComments: readonly C[];
}

/**
 * The only verdicts a story may be published with while the claim is still open. An allow-list
 * rather than a list of bad verdicts: a verdict the engine learns later (disputed, …) blocks until
 * someone decides to let it through here.
 */
export const PUBLISHABLE_VERDICTS: readonly Verdict[] = ['supported'];

/** The order blockers are counted in ("3 contradicted, 2 unsupported"); unlisted verdicts follow. */
const BLOCKER_ORDER: readonly string[] = ['contradicted', 'disputed', 'unsupported'];

export function isBlocking(item: { verdict: Verdict; state: ReviewState; notAClaim?: boolean }): boolean {
  if (item.notAClaim) return false;
  if (item.state === 'needs-change') return true;
  return item.state === 'open' && !PUBLISHABLE_VERDICTS.includes(item.verdict);
}

export function summarizeReview<T extends GateItem, C extends GateComment = GateComment>(
  items: readonly T[],
  comments: readonly C[] = [],
): ReviewSummary<T, C> {
  // Keys for the verdicts every summary shows; any other verdict gets its key when first met.
  const verdicts: Record<string, number> = { contradicted: 0, unsupported: 0, supported: 0 };
  const states = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  let changed = 0;
  let notAClaim = 0;
  const blockers: T[] = [];
  for (const item of items) {
    verdicts[item.verdict] = (verdicts[item.verdict] ?? 0) + 1;
    if (item.notAClaim) notAClaim++;
    else states[item.state]++;
    if (item.changed) changed++;
    if (isBlocking(item)) blockers.push(item);
  }
  const openComments = comments.filter((c) => !c.resolved);
  return {
    verdicts: verdicts as Record<Verdict, number>,
    states,
    changed,
    notAClaim,
    ready: blockers.length === 0 && openComments.length === 0,
    blockers,
    openComments,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What blocks the story, counted by kind: "3 contradicted, 2 unsupported, 1 open comment". */
export function countBlockers(summary: Pick<ReviewSummary, 'blockers' | 'openComments'>): string {
  const byKind = new Map<string, number>();
  for (const item of summary.blockers) {
    const kind = item.state === 'needs-change' ? 'needs-change' : item.verdict;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const rank = (kind: string) => (kind === 'needs-change' ? 1000 : BLOCKER_ORDER.includes(kind) ? BLOCKER_ORDER.indexOf(kind) : 100);
  const parts = [...byKind].sort(([a], [b]) => rank(a) - rank(b))
    .map(([kind, n]) => (kind === 'needs-change' ? `${n} sent back for a change` : `${n} ${kind}`));
  if (summary.openComments.length > 0) parts.push(plural(summary.openComments.length, 'open comment', 'open comments'));
  return parts.join(', ');
}

/** One line per blocking claim, e.g. "“on Monday” is contradicted and still open (changed since review)". */
export function describeBlocker(item: GateItem): string {
  const state = item.state === 'needs-change' ? 'sent back to the writer' : 'still open';
  return `“${item.text}” is ${item.verdict} and ${state}${item.changed ? ' (changed since it was reviewed)' : ''}`;
}

/** One line per unresolved comment: "A comment on “the mayor said” is unresolved". */
export function describeOpenComment(comment: GateComment): string {
  const text = comment.anchor.text.length > 60 ? `${comment.anchor.text.slice(0, 60)}…` : comment.anchor.text;
  return `A comment on “${text}” is unresolved`;
}
