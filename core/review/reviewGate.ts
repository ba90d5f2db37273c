// The ready-to-publish gate: a story may go out only when no contradicted or unsupported claim is
// still open or sent back. Everything else (supported claims, dismissed or verified flags) passes.
import type { Verdict } from '../types.ts';
import type { ReviewState } from './reviewTypes.ts';
import { REVIEW_STATES } from './reviewTypes.ts';

export interface GateItem {
  readonly verdict: Verdict;
  readonly state: ReviewState;
  readonly changed?: boolean;
  readonly text: string;
  readonly blockId: string;
  readonly start: number;
}

export interface ReviewSummary<T extends GateItem = GateItem> {
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly states: Readonly<Record<ReviewState, number>>;
  /** Claims whose text changed after a decision (counted as open). */
  readonly changed: number;
  readonly ready: boolean;
  /** What stands between the story and publication, in story order. */
  readonly blockers: readonly T[];
}

const BLOCKING_VERDICTS: ReadonlySet<Verdict> = new Set(['contradicted', 'unsupported', 'disputed']);
const BLOCKING_STATES: ReadonlySet<ReviewState> = new Set(['open', 'needs-change']);

export function isBlocking(item: { verdict: Verdict; state: ReviewState }): boolean {
  return BLOCKING_VERDICTS.has(item.verdict) && BLOCKING_STATES.has(item.state);
}

export function summarizeReview<T extends GateItem>(items: readonly T[]): ReviewSummary<T> {
  const verdicts: Record<Verdict, number> = { contradicted: 0, unsupported: 0, disputed: 0, supported: 0 };
  const states = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  let changed = 0;
  const blockers: T[] = [];
  for (const item of items) {
    verdicts[item.verdict]++;
    states[item.state]++;
    if (item.changed) changed++;
    if (isBlocking(item)) blockers.push(item);
  }
  return { verdicts, states, changed, ready: blockers.length === 0, blockers };
}

/** One line per blocker, e.g. "“on Monday” is contradicted and still open (changed since review)". */
export function describeBlocker(item: GateItem): string {
  const state = item.state === 'needs-change' ? 'sent back to the writer' : 'still open';
  return `“${item.text}” is ${item.verdict} and ${state}${item.changed ? ' (changed since it was reviewed)' : ''}`;
}
