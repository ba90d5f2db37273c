// What the fact-box modules pass between them: a source sentence as read (its tokens and
// figures), a candidate bullet with what selection weighs, and the two measures every kind of
// candidate uses (how early its sentence stands, which of its mentions are figures). A leaf
// module, so the candidate builders and the selection can share it without importing each other.
import type { Citation, Mention, SourceDocument } from '../types.ts';
import type { FactToken } from './factText.ts';

export interface Sentence {
  readonly source: SourceDocument;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence in its source: the lead carries the news. */
  readonly position: number;
  /** Position used for ranking: a fact restated elsewhere ranks as its earliest statement. */
  rank: number;
  /** Whether its figures were read; bullets come only from such sentences. */
  readonly analysed: boolean;
  /** False when the sentence ran past MAX_SENTENCE_TOKENS: its last token is not its end. */
  readonly complete: boolean;
  readonly tokens: readonly FactToken[];
  readonly mentions: readonly Mention[];
  /** Starts inside a quotation opened in an earlier sentence: someone's words, not the story's. */
  readonly quoted?: boolean;
}

export interface Candidate {
  readonly label: string;
  /** Figures the bullet states, for its second-choice labels (worked out only if it is picked). */
  readonly mentions?: readonly Mention[];
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly keys: ReadonlySet<string>;
  /** Figures the bullet states, as "value|unit" keys, for redundancy checks. */
  readonly figures: ReadonlySet<string>;
  readonly words: number;
  readonly prior: number;
  /** Rank of the sentence a sentence bullet comes from (undefined for composed bullets). */
  readonly rank?: number;
  /** Where that sentence stands in its source: of the lead's candidates, the earliest states the story's event. */
  readonly position?: number;
  /** Fixed bonus for facts readers look for first (casualties). */
  readonly bonus: number;
  /** States a match's result with its score (see MATCH_RESULT): first of the hard facts after the lead. */
  readonly result?: boolean;
  /** Sentence the bullet came from, to limit bullets per sentence. */
  readonly sentenceKey: string;
  /** It copies a slip of its source (see findSourceTypos): offered only to a box short of three. */
  readonly typo?: boolean;
  /** A subject's name borrowed from elsewhere ("Zhang was hit …"): its first citation may repeat another bullet's. */
  readonly borrowed?: boolean;
  /** Opens with a participle or "to" ("Vowing to …", "To get …"): a predicate with no subject. */
  readonly subjectless?: boolean;
  /** A key-figures list a third or more of which is bare years ("1990; 1992; 1997"): a timeline. */
  readonly timeline?: boolean;
  /** Its subject is a description, not a name ("A youngster has …"): used only to fill a box short of three. */
  readonly unnamed?: boolean;
  /** From a sentence of reaction boilerplate or scene-setting (see BOILERPLATE). */
  readonly boilerplate?: boolean;
  /** Less than its sentence's main clause: a tail cut off, or one clause of several. */
  readonly tailCut?: boolean;
  /** One clause of several (a second main clause, a lifted relative clause), not a cut of the first. */
  readonly clause?: boolean;
  /** Colour rather than news (see isTrivia): offered only to a box short of TRIVIA_FILL, and last. */
  readonly trivia?: boolean;
  /** Built mostly of the words the story keeps returning to (see isCentral): it comes with the hard facts, after the lead. */
  readonly central?: boolean;
  /** Its predicate judges in words any story could use (see GENERIC_PREDICATE). */
  readonly generic?: boolean;
  /** Its subject is "The" + a thing the story told of before (see givenSubject): the key of that thing. */
  readonly givenSubject?: string;
  /** Its sentence opens on an earlier time ("Earlier this month, …"), kept in the bullet or not (see earlierEvent). */
  readonly datedEarlier?: boolean;
  /** Things it names elsewhere as "the" + a noun the story told of before (see givenThings). */
  readonly givenThings?: readonly string[];
}

/**
 * Journalists' highlights restate the first five or so sentences about equally often and
 * later ones rarely: a sentence's weight stays near full through its lead and halves by the
 * eighth sentence.
 */
const LEAD_LENGTH = 8;

export function positionPrior(position: number): number {
  return 1 / (1 + (position / LEAD_LENGTH) ** 2);
}

/** A figure's identity: its value and unit, and whether it ranks rather than counts ("First" is not "One ladder"). */
export function figureKey(m: Mention): string {
  return m.value === null ? m.text.toLowerCase() : `${m.value}|${m.unit ?? ''}${m.kind === 'ordinal' ? '|th' : ''}`;
}

/** A mention that states a figure a reader would look for (not a model name like "F-16"). */
export function isFigure(m: Mention): boolean {
  if (m.code !== undefined) return false;
  if (m.kind === 'date') return /\d/.test(m.text);
  return m.value !== null;
}

/** Bullets composed from figures spread over the sources rather than taken from one clause. */
export const SUMMARY_KEYS = new Set(['casualties', 'key-figures', 'distance', 'result']);
