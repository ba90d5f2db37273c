// A source figure scored as a candidate for one draft figure. Its own module so the judgement and
// the scale-or-unit twin rule it calls share the shape without importing each other.
import type { Relation } from './intervals.ts';
import type { SourceEntry } from './sourceIndex.ts';

/** A source figure as a candidate for one draft figure. */
export interface Scored {
  readonly e: SourceEntry;
  /** Frame match: evidence that both count the same thing (negative when they clash). */
  readonly score: number;
  /** The part of the score from surrounding words. */
  readonly context: number;
  /** One counts a subset of the other: never a conflict. */
  readonly subset?: boolean;
  readonly rel: Relation;
  /** The source figure lies within the draft's rounding of its own value (ignoring any bound). */
  readonly close: boolean;
}
