// The hedge a figure is written with, as its first word: "[some] 375 sq km", "[close] to 80
// kilometres". Two texts that hedge an amount in the same word restate one statement
// (sameHedgedAmount, hedgedConversion).
import type { Token } from '../text/tokenize.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';

/** The lower-cased first word of the mention starting at offset `start`, or undefined when it opens on a digit or symbol. */
export function hedgeWord(tokens: readonly Token[], start: number): string | undefined {
  const t = tokens[tokenAt(tokens, start)];
  return t?.type === 'word' ? t.lower : undefined;
}
