// Tuned constants of the mention stage (scanner and refiners). Definitions such as "a dozen is
// 12" stay with their rule; what is here was chosen, and says why.

/**
 * Oldest age read in apposition ("Lee, 34,", "who is 122."); a larger number after a name is
 * something else. The oldest people on record lived to 122, and copy on them gives that age.
 */
export const MAX_APPOSITIVE_AGE = 122;

/**
 * Tokens either side of "N-W" within which a cricket word makes it runs for wickets: "finished day
 * one on 62-3 in reply" (1), "589-8 declared" (0). A clause, not a paragraph: six.
 */
export const CRICKET_REACH = 6;

/**
 * After a change verb and its size ("rose by 5 to …"), a second figure more than this many times
 * the first is the level reached, not the far end of a range of changes: "by 5 to 10 per cent"
 * (twice) is a range, "by £6,137 to £217,580" (35 times) a change and a level. Ranges of changes
 * in the drafted sets span at most twice their low end; 3 leaves room.
 */
export const CHANGE_RANGE_RATIO = 3;
/**
 * The same for an amount of money with its currency written at both ends ("grew by £10.3bn to
 * £26.4bn"): a range of changes in money is told "by £5bn to £10bn" (twice its low end) or "by
 * between", so past twice the second figure is the level reached (2.6 times there).
 */
export const MONEY_CHANGE_RANGE_RATIO = 2;

/**
 * A first figure from which "N-M" (M ten or fewer) is runs for wickets, or a vote's tally, whatever
 * its words: "Ireland made 165-5" in a paragraph with no cricket word. No range runs down, and a
 * score in a sport other than cricket stays under a hundred; 100 is where that holds.
 */
export const CRICKET_TOTAL_MIN = 100;

/**
 * Tokens either side of a spaced "C" or "F" within which a temperature word makes it the scale
 * ("the temperature reached 38.7 C (101.7 F)"): a clause, as CRICKET_REACH is, with room for the
 * bracketed conversion.
 */
export const TEMPERATURE_REACH = 8;
