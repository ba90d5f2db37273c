// A mention's frame: what its number counts, read from its sentence (built by frameOf). Its own
// module so frameOf and headsAgree, which frameOf calls, share the shape without importing each other.

export interface Frame {
  /** Concepts by distance, nearest first; the first is the primary. */
  readonly concepts: readonly { concept: string; distance: number }[];
  /** Stem of the head noun right after the figure, if any. */
  readonly head?: string;
  /** End offset of the head noun in the text, to quote "45 others" rather than "45". */
  readonly headEnd?: number;
  /** Content stems within four tokens either side. */
  readonly near: ReadonlySet<string>;
  /** Content stems in the rest of the clause window. */
  readonly window: ReadonlySet<string>;
  /** Values of the other figures close by in the sentence ("457 deaths in [25] countries"). */
  readonly neighbours?: ReadonlySet<number>;
  /** Stem of a word hyphenated onto the figure ("second-[half] strike", "five-[story] building"). */
  readonly compound?: string;
}
