// What a search-box query means, for the store (the FTS query and the snippet, so that the words a
// snippet highlights are the ones the index matched) and for the library panel (what to tell the
// user when nothing is found): every word is required, and the last one is also a prefix, as the
// user may still be typing it.

export interface SearchTerm {
  readonly word: string;
  readonly prefix: boolean;
}

/** A last word shorter than this is matched whole, never as a prefix: one letter would match a
 *  large share of every word in the library, and tells the user nothing. */
export const MIN_PREFIX_CHARS = 2;

/** Words are runs of letters and digits, as the index's unicode61 tokenizer sees them; everything
 *  else, FTS syntax included, only separates words. NFC first, so an accent typed as a combining
 *  mark stays in its word. */
export function searchTerms(input: string): SearchTerm[] {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word, i) => ({ word, prefix: i === words.length - 1 && [...word].length >= MIN_PREFIX_CHARS }));
}
