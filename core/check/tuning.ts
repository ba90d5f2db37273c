// Tuned constants of the verdict stage, in one place. Each says what it means and what set it;
// a rule file imports them by name rather than repeating a bare number.

/**
 * Frame score from which two mentions are taken to count the same thing. A shared lexicon concept
 * scores 3 on its own ("killed" / "died"), so one concept in common is the threshold; a shared
 * head noun alone (2) or a related concept (2) is not enough.
 */
export const STRONG = 3;

/**
 * Lowest frame score at which the draft's own figure in the source still counts as support.
 * Minus infinity: any frame, as long as the value is the draft's own (set when the engine was
 * tuned for precision on summedits-numeric, P 0.962).
 */
export const WEAK_MIN = 0;

/** Context-word keys filed under more figures than this are skipped when gathering candidates. */
export const GENERIC_KEY = 120;

/** At most this many figures are read from one frame key (bounds the cost of a common word). */
export const KEY_FANOUT = 300;

/** Date candidates read from one frame key. */
export const DATE_KEY_FANOUT = 150;

/** More value-matching candidates than this means a common value ("one", "2022"): keep framed ones. */
export const CROWDED_VALUES = 120;

/** Of a crowded value, this many unframed figures still join for the weak, value-only reading. */
export const LOOSE_CANDIDATES = 20;

/** Relative slack when looking figures up by value, so rounding in unit conversion cannot lose one. */
export const VALUE_LOOKUP_SLACK = 0.001;

/** A strong support wins unless a conflict frames the quantity better by more than this. */
export const SUPPORT_MARGIN = 1.5;

/** A conflict beats weak support only when it frames the quantity better by more than this. */
export const CONFLICT_MARGIN = 0.5;

/** Conflicting sources cited beside the best one must frame the quantity within this of it. */
export const CITE_MARGIN = 1;

/**
 * "Nearly N" / "almost N" stands for a value a little below N: at least this fraction of it.
 * AP and BBC style use "nearly" for a figure just short of a round one ("nearly 300" for 289);
 * 0.92 keeps "nearly 300" for 276 and refuses "nearly 40 hours" for 36 (a tenth short is a
 * different round number, "more than 35"). Was 0.85, which let 36 stand for "nearly 40".
 */
export const NEARLY_FLOOR = 0.92;
/**
 * How far below a small figure of its unit "nearly" may reach, in that unit: "nearly two decades"
 * is 18 years (a writer rounds 1.8 decades up to two), where NEARLY_FLOOR alone stops at 18.4.
 * Only figures under about three units feel it (0.25 is more than 8% of them).
 */
export const NEARLY_UNITS = 0.25;

/**
 * A bound that misses the real figure by this factor or more grossly misstates it: "more than
 * 100" for 99,000, "up to 300" for 10. Writers bound a figure by the round number just below (or
 * above) it, within the same order of magnitude ("more than 90,000"), hence 10.
 */
export const BOUND_REACH = 10;

/**
 * Two amounts this many times apart state different quantities, whatever words they share: "0.35
 * pence a share" beside a profit of "£3.46 billion", a ticket price beside a budget. A misstated
 * figure is off by a digit or a scale word (a thousandfold at most: million for billion), never by
 * ten thousand times; the same digits at another scale are scaleOrUnitTwin's.
 */
export const MAGNITUDES_APART = 1e4;

/**
 * The most a draft's "about" may stretch a small figure, as a share of it: "about a mile" spans
 * 0.7–1.3 miles, not the 0.5–1.5 its written unit would give, so the source's "about half a mile"
 * is no support for it. From two up the written unit is the narrower ("about two hours" is 1.5–2.5).
 */
export const APPROX_RELATIVE = 0.3;

/** An unhedged figure is read with at most this relative rounding ("871" is 871, "1.3m" 1.25–1.35m). */
export const EXACT_RELATIVE = 0.05;

/** Quotes longer than this are cut to a window around the figure. */
export const QUOTE_MAX = 320;
/** Characters kept either side of the figure in a cut quote. */
export const QUOTE_WINDOW = 150;
/** The counted noun is added to a quoted figure when it ends within this many characters. */
export const PHRASE_HEAD_REACH = 30;
/** Explanations quote at most this many characters of a phrase. */
export const SHORT_PHRASE = 80;
/** A lexicon concept this close names what the figure counts, in the claim's `quantity`. */
export const QUANTITY_CONCEPT_REACH = 6;

/**
 * Words between a year and a figure it anchors: "In 2009 almost 300 people died" (3), "300 people
 * died there in 2009" (4). A year further off sits in another clause ("the war, which began in
 * February 2022, has led to … Russia controlling about 20%" is 13 words off).
 */
export const YEAR_REACH = 8;

/**
 * Words from a finished past time that opens a clause to a figure it pins: a fronted adverbial
 * governs the clause after it, "In July 2016, a suicide bomb attack on a rally in Kabul killed
 * about 80 people" (14), "in November 2016 an attack at a mosque in Kabul killed more than 30"
 * (12). After the figure, the nearer YEAR_REACH holds.
 */
export const PAST_SCOPE = 16;

/** How many words after "previous" the counted noun may stand ("previous deadly attack"). */
export const PREVIOUS_REACH = 3;

/** The outcome word must sit right by the draft's figure ("4 killed", "killed two"). */
export const DRAFT_OUTCOME_REACH = 1;

/** …and within a few words of each source figure. */
export const SOURCE_OUTCOME_REACH = 4;

/**
 * Share of a hedged total its parts' exact sum may differ by ("some 200" for 196): a hedge rounds
 * a sum the draft cues as a total by no more than this, not by its whole reach ("about 300" is no
 * total of 200 and 50). Used by totalOfOwnParts and totalOfSourceParts.
 */
export const SUM_ROUNDING = 0.05;

/** Lists longer than this are written as a number, not spelled out person by person. */
export const MAX_LISTED = 6;
/**
 * A list the draft spells out itself may run longer: "seven states, Connecticut, Massachusetts,
 * …, New Hampshire and Maine" counts names it gives one by one (countOfOwnList).
 */
export const MAX_OWN_LISTED = 12;

/**
 * Names a source may list after the set's own noun ("The affected counties are Conwy, Anglesey,
 * … and Powys"): places are listed longer than people, as a weather warning names its seven
 * counties. The noun ties the names to the set, so a longer list is still that set's members.
 */
export const MAX_NAMED_MEMBERS = 12;

/** Words allowed between the article and the person noun ("a 41-year-old local man"). */
export const MODIFIER_REACH = 5;

/** Context words either side of a figure, so a near miss reads in its own sentence. */
export const CONTEXT_WORDS = 4;

/** At most this many figures are added up as the parts of a total ("12 staff and seven patients"). */
export const MAX_PARTS = 4;

/**
 * Words after a figure read as its counted phrase when a rule must find the noun beyond modifiers:
 * "two [House of Commons select committees]" (5).
 */
export const HEAD_REACH = 6;

/**
 * Words from a count to an "N more" that adds to it: "executed five people inside the pool hall
 * and took to the street to shoot two more" (12). Further off, the "more" is of something else.
 */
export const MORE_REACH = 14;

/**
 * Tokens after a score within which "got one back" finishes it: "made it 4-2 before
 * Nottingham's David Ling got one back" (7). Further off, the goal belongs to a later passage.
 */
export const ONE_BACK_REACH = 10;

/** Words from a draft's tally to the word that makes it a gap: "close the gap on the leaders to three points" (6). */
export const GAP_WORD_REACH = 7;

/** Words before a tally within which its side is named: "Belfast 25", "Nottingham lead the league on 28" (5). */
export const NAME_REACH = 5;

/**
 * Tokens after a figure within which an anniversary word makes it a count of years to one:
 * "one-year [anniversary]" (1), "first-year [observance]" (1), "10th wedding [anniversary]" (2).
 */
export const ANNIVERSARY_REACH = 3;

/**
 * Tokens after a figure's comparative within which "than" makes the figure a difference: "seven
 * fewer than" (1), "19 more league goals than" (3). Further off, the comparison is of something
 * else in the clause.
 */
export const GAP_CUE_REACH = 4;

/**
 * A weakly framed match of the draft's own value gives way when another source figure, with
 * another value, frames the quantity better by at least this much (betterFramedRival). Half a
 * point is one shared context word more: "92% of members who voted" is framed 3.25 by the 96% of
 * "members who voted had backed" and 1.75 by the 92% of "a turnout of 92%".
 */
export const RIVAL_MARGIN = 0.5;

/**
 * A multiple of this is a round figure, which recurs for other things ("100 people", "2,000
 * homes"); a figure that is not ("1,145 lives") is taken for the same quantity on one shared
 * word when yearOfFigure checks the year beside it. Set by reading, not by a score: the dev sets
 * do not move with it.
 */
export const ROUND_FIGURE = 10;

/**
 * Tokens back from a figure's comma within which a fronted "Of the …" makes it a part of a set:
 * "Of the six wounded, [two]" (4), "Of the 300 people on board, [12]" (6). Set by reading.
 */
export const FRONTED_REACH = 7;

/** Tokens after an ordinal within which its streak word stands: "third [quarter running]" (2), "fifth [straight]" (1). */
export const STREAK_REACH = 3;

/**
 * How far a whole count of a coarser unit of time may sit from a source's duration in a finer
 * one ("two months" for "eight weeks"). Speech reckons a month as four weeks ("four weeks'
 * notice" for a month's), 8 % short of the calendar month; 0.1 allows that reckoning and no
 * more (set on newsroom-drafts-real3, 'two months' for 'exactly eight weeks').
 */
export const COARSER_UNIT_SLACK = 0.1;

/**
 * Content words a source sentence holding a list must share with the draft's sentence before the
 * list's length may count the draft's set: the same statement, not merely the same story. Three
 * is a subject, a verb and an object's worth (set on newsroom-drafts-real3, where the
 * sentence with 'English, maths and science' shares nine).
 */
export const LIST_SHARED_WORDS = 3;

/**
 * Context a draft ordinal with its noun left out ("her first with partner Charlie Thomson") must
 * share with a source ordinal that names one ("first child with partner Charlie Thomson"): two
 * words of the phrase around both, so one shared word ("first time" against "first round") does
 * not rank the same thing.
 */
export const ELIDED_RANK_CONTEXT = 2;

/**
 * Or the content words the draft's sentence (with the one before) shares with the source's
 * sentence: "ended matters in the sixth with an overhand left to the jaw" against "In the
 * sixth-round southpaw Martin landed an overhand left to Washington's jaw" share southpaw,
 * overhand, left and Washington, though the phrase around the rank shares less. Four such words
 * tell the same moment; two or three recur across a sports report's sentences.
 */
export const ELIDED_RANK_SHARED_WORDS = 4;

/**
 * Tokens back from a "from" to the "by" and "to" of the change it follows: "dropped by 158 to
 * 1,092, from 1,250" (6). A clause's length, not a sentence's: eight.
 */
export const CHANGE_REACH = 8;

/**
 * How far, in percentage points, a source's percentage may lie past a share told in words with an
 * open bound and still be that share: "more than half" for 51–60%, "under a third" for 23.3–33.3%.
 * Past that, copy says "nearly two-thirds" or "about a quarter".
 */
export const FRACTION_BOUND = 10;

/**
 * How far apart two figures of one sentence may be and still be a pair a writer swapped: values
 * of one kind and size ("219 theatres … a further 239", "$43m … $138m", ages 14 and 16). A race
 * time and the margin it beat a record by ("2:05:37, taking four seconds off") are a hundred times
 * apart and more; no planted or real swap in the drafted sets is.
 */
export const SWAP_APART = 100;

/**
 * Characters apart within which two figures of a source stand as lines of one list ("- Scottish
 * and Southern: 120,000" / "- Western Power: 112,000"): a results or fact list's few lines, each
 * well under a hundred characters; the next paragraph's figures are farther.
 */
export const LIST_SPAN = 400;
