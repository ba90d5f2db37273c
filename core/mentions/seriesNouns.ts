// Numbers that name a member of a series rather than count: after a series noun ("lap 40", "stage
// six", "Day Two"), after "world No" ("the world No 2"), in brackets on a line of scorers ("Goals:
// Vokes (86)"). The refiners (numberedInSeries, seedNumbers, scorersMinutes) read such a number as
// a rank, and the frame reads what it ranks. A module of its own, so the frames need not import a
// refiner.
import type { Token } from '../text/tokenize.ts';
import { isNumberWord } from '../values/numberWords.ts';

/** Nouns of a series whose members copy numbers after the noun: "lap 40", "round 3", "day 5". */
const SERIES_NOUNS = new Set(['lap', 'round', 'stage', 'hole', 'leg', 'heat', 'day', 'week', 'game']);
/**
 * No competition has this many rounds, and no golfer has gone round in fewer strokes (the record
 * is 58): a "round" figure this large is the round's score.
 */
const FEWEST_STROKES = 50;

/** A numeral token's value, or NaN ("68" → 68). */
function numberValue(t: Token | undefined): number {
  return t !== undefined && t.type === 'num' ? Number(t.text.replace(/,/g, '')) : Number.NaN;
}

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
  // "a gritty final round 68": golf's strokes for a round, not its number.
  if (tokens[at]!.lower === 'round' && numberValue(tokens[at === a - 1 ? a : a + 1]) >= FEWEST_STROKES) return -1;
  return at;
}

/**
 * The token index of the "No" or "number" that numbers the figure starting at token `a` ("No 8",
 * "No. 4", "number 15"), through a stop glued to "No"; -1 when none.
 */
export function numberSignAt(tokens: readonly Token[], a: number): number {
  if (tokens[a - 1]?.text === '.' && !tokens[a - 1]!.spaced && tokens[a - 2]?.lower === 'no') return a - 2;
  return /^(?:no|number)$/.test(tokens[a - 1]?.lower ?? '') ? a - 1 : -1;
}

/** Words before "No" or "number" that make it a ranking: "world No 2", "ranked number one". */
const RANKED = new Set(['world', 'ranked']);

/**
 * Whether the figure starting at token `a` is a place in a ranking: "the world No 2", "world No. 1
 * Dustin Johnson", "World No1", "ranked number one", "No 2-ranked England". The rank is the ranking's, whatever noun or
 * name follows it.
 */
export function isWorldRanking(tokens: readonly Token[], a: number): boolean {
  const sign = numberSignAt(tokens, a);
  // "No 2-ranked England": the rank as a compound adjective.
  return sign >= 0 && (RANKED.has(tokens[sign - 1]?.lower ?? '') || (tokens[a + 1]?.text === '-' && !tokens[a + 1]!.spaced && tokens[a + 2]?.lower === 'ranked'));
}

/** Labels of a fact box's line of scorers: "Goals: Nainggolan (13), Vokes (86)", "Scorers: Lingard (110 mins)". */
const SCORERS_LABEL = /^(?:goals?|scorers?|goalscorers?|tries|try scorers?)$/;

/** Minutes a match with extra time runs to, and so the largest minute a scorer's bracket gives. */
const LAST_MINUTE = 130;
/**
 * Below this a scorer's bracketed figure is the goals scored ("Benzema, Bale (2)", "Sterling
 * (3)"): a player rarely scores more than four in a match, and a goal in the first four minutes is
 * rarer than a brace.
 */
const FIRST_MINUTE = 5;

/**
 * Whether the figure at tokens [a, b) is a goal's minute in a line of scorers: a bare number
 * bracketed after a name, on a line labelled "Goals:" or "Scorers:". Such a figure ranks a minute
 * of play, the source's "13th-minute lead" or "in the 86th minute". ("Lingard (110 mins)" keeps
 * its unit: the minutes played, as a source's "after 110 minutes" tells them.)
 */
export function isScorersMinute(tokens: readonly Token[], a: number, b: number, value: number | null): boolean {
  if (value === null || !Number.isInteger(value) || value < FIRST_MINUTE || value > LAST_MINUTE || tokens[a - 1]?.text !== '(') return false;
  if (tokens[b]?.text !== ')' || tokens[a - 2]?.type !== 'word') return false;
  // Back along the line to its label: names, commas, semicolons and earlier bracketed minutes.
  for (let k = a - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ':') return SCORERS_LABEL.test(tokens[k - 1]?.lower ?? '');
    if (t.text.includes('\n') || /^[.!?]$/.test(t.text)) return false;
  }
  return false;
}
