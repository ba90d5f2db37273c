// The nouns of a series whose members copy numbers after the noun ("lap 40", "stage six", "Day
// Two"): the numberedInSeries refiner reads such a number as a rank, and the frame reads the noun
// as what it ranks. A module of its own, so the frames need not import a refiner.
import type { Token } from '../text/tokenize.ts';
import { isNumberWord } from '../values/numberWords.ts';

/** Nouns of a series whose members copy numbers after the noun: "lap 40", "round 3", "day 5". */
const SERIES_NOUNS = new Set(['lap', 'round', 'stage', 'hole', 'leg', 'heat', 'day', 'week', 'game']);
/** Words before the noun that make it a phrase of its own: "the end of the day 65 of the 82 cars", "Every week three …". */
const OWN_PHRASE = /^(?:the|a|an|this|that|each|every|per|one|next|last|same)$/;

/**
 * The token index of the series noun that numbers the figure at tokens [a, b) ("lap 40", or
 * "Lap 31" read as one mention), or -1. Not after a determiner or a hyphen ("a final-round 65").
 */
export function seriesNounAt(tokens: readonly Token[], a: number, b: number): number {
  const numeral = (t: Token | undefined): boolean => t !== undefined && (t.type === 'num' || isNumberWord(t.lower));
  const at = numeral(tokens[a]) && b === a + 1 && SERIES_NOUNS.has(tokens[a - 1]?.lower ?? '') ? a - 1
    : SERIES_NOUNS.has(tokens[a]?.lower ?? '') && b === a + 2 && numeral(tokens[a + 1]) ? a : -1;
  if (at < 0 || OWN_PHRASE.test(tokens[at - 1]?.lower ?? '') || tokens[at - 1]?.text === '-') return -1;
  return at;
}

/** Words before "No" or "number" that make it a ranking: "world No 2", "ranked number one". */
const RANKED = new Set(['world', 'ranked']);

/**
 * Whether the figure starting at token `a` is a place in a ranking: "the world No 2", "world No. 1
 * Dustin Johnson", "World No1", "ranked number one". The rank is the ranking's, whatever noun or
 * name follows it.
 */
export function isWorldRanking(tokens: readonly Token[], a: number): boolean {
  const dotted = tokens[a - 1]?.text === '.' && !tokens[a - 1]!.spaced && tokens[a - 2]?.lower === 'no';
  const numbered = dotted || /^(?:no|number)$/.test(tokens[a - 1]?.lower ?? '');
  return numbered && RANKED.has(tokens[a - (dotted ? 3 : 2)]?.lower ?? '');
}
