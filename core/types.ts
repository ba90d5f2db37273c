// The claim engine's public data shapes. The JSON the CLI prints is built from these,
// and that JSON is a public contract: change these only by adding optional fields.

/** What kind of numeric expression a mention is. */
export type MentionKind =
  | 'count' // "45", "three people", "a dozen", "tens of thousands"
  | 'ordinal' // "second strike", "the 12th"
  | 'age' // "39-year-old"
  | 'year' // "2022"
  | 'score' // "3-1"
  | 'percent' // "20%", "20 percent"
  | 'fraction' // "a fifth", "one in five", "two-thirds", "half"
  | 'money' // "$1.2 billion", "€30 million"
  | 'quantity' // "1,000km", "two hours"
  | 'date' // "February 2022", "on Monday", "over the weekend", "yesterday"
  | 'duration'; // "over two years"

/** How the writer hedged or bounded a figure; kept as part of the claim. */
export type Qualifier = 'approximately' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'exactly';

/** A calendar reading of a date mention: resolved when a publication date is known. */
export interface DateValue {
  /** ISO dates (YYYY-MM-DD) bounding the period the mention names, when resolvable. */
  readonly from?: string;
  readonly to?: string;
  /** Category used when no anchor date is known: "weekday:monday", "weekend", "month:11", "year:2022", "relative:yesterday". */
  readonly category: string;
}

/** One numeric mention found in a text. Offsets are UTF-16 indices into the text as given. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** Normalized value (lower bound for ranges); null for dates that carry only a category. */
  readonly value: number | null;
  /** Upper bound for ranges ("5-7 km", "between 10 and 20"). */
  readonly high?: number;
  /** Canonical unit: "km", "kg", "USD", "%", "hour", … */
  readonly unit?: string;
  readonly qualifier?: Qualifier;
  readonly date?: DateValue;
  /** Set when the digits are part of a name or code ("F-16", "COVID-19"): compared as text, not as an amount. */
  readonly code?: string;
}

/**
 * - supported: a source states this same quantity (same thing counted, same event and time) with a
 *   compatible value and qualifier; `evidence` cites it.
 * - contradicted: a source states the same quantity with an incompatible value.
 * - unsupported: no source states it. `nearMiss` cites a passage with the same digits for
 *   something else, when there is one.
 * - disputed: sources disagree on the quantity; `evidence` cites each side, the newer report first
 *   when their dates are known (`superseded` then names the older).
 */
export type Verdict = 'supported' | 'contradicted' | 'unsupported' | 'disputed';

/** A source passage a verdict rests on. Offsets index the source text. */
export interface Evidence {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** The sentence (or clause) quoted from the source. */
  readonly quote: string;
  /** The source's own wording of the figure, e.g. "over the weekend". */
  readonly value?: string;
  /** Offsets of that figure inside the source text, for highlighting. */
  readonly valueStart?: number;
  readonly valueEnd?: number;
}

/** A draft mention with its verdict. */
export interface Claim extends Mention {
  readonly verdict: Verdict;
  /** One line a copy editor understands: "Source: 'over the weekend'. Draft: 'on Monday'." */
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  /** What the number counts, as the engine understood it ("killed", "injured", "distance"). */
  readonly quantity?: string;
  /**
   * Unsupported only: a source passage with the same digits counting something else, and what
   * they count there ("The source's 27 is Khanal's age."). Never evidence for the claim.
   */
  readonly nearMiss?: NearMiss;
  /** Disputed only: the evidence entries (indices into `evidence`) superseded by a newer report. */
  readonly superseded?: readonly number[];
  /**
   * Supported only, when no source states the figure as such: 'derived' when it is worked out
   * from the sources' own figures (a sum, a difference, a span of years, a count of the people a
   * source names), 'draft' when it follows from the draft's own figures (a conversion, a change
   * between two levels), each of which is checked on its own. Absent: a source states it.
   */
  readonly basis?: SupportBasis;
}

/** How a supported figure is supported when no source states it as such (see Claim.basis). */
export type SupportBasis = 'derived' | 'draft';

/** A passage whose digits match a draft figure's but which states another quantity. */
export interface NearMiss extends Evidence {
  /** One sentence for the editor: "The source's 27 is Khanal's age." */
  readonly note: string;
}

export interface SourceDocument {
  readonly id: string;
  readonly text: string;
  /** ISO date the source was published; anchors "on Monday", "last November". */
  readonly published?: string;
  readonly title?: string;
}

export interface Citation {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** A suggested fact-box line in the newsroom form "Label: fact", or a plain "fact" when no role label fits (label ). */
export interface FactBoxBullet {
  readonly label: string;
  readonly text: string;
  readonly citations: readonly Citation[];
}

export interface CheckOptions {
  /** ISO publication date of the draft; anchors its relative dates. */
  readonly published?: string;
}
