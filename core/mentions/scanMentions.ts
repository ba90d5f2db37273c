// The mention finder: one left-to-right pass over tokens recognising dates first (they own words
// like "over" in "over the weekend"), then figures with their hedge, currency, scale, percent,
// range and unit. Rules rather than a model so offsets are exact and the pass is linear.
import type { MentionKind } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import {
  DENOMINATORS, ORDINALS, SCALES, SHORT_SCALES, TENS, UNITS, parseDigits, parseNumberWords,
} from '../values/numberWords.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_WORDS, type UnitInfo } from '../values/units.ts';
import { AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS } from './dateWords.ts';
import { QUALIFIER_PHRASES, type Bound } from './qualifiers.ts';
import { CHANGE_RANGE_RATIO, CRICKET_REACH, MONEY_CHANGE_RANGE_RATIO, CRICKET_TOTAL_MIN, TEMPERATURE_REACH } from './tuning.ts';
import { CHANGE_VERBS, changeRole } from './changeVerbs.ts';
import { nameHeadBefore } from './nameHeads.ts';
import { isStopword } from '../frames/lexicon.ts';

/** Calendar parts of a date mention, before any anchoring. */
/** Days the calendar names, with their date: "Christmas Eve" is 24 December. */
const NAMED_DAYS: readonly (readonly [readonly string[], number, number])[] = [
  [['christmas', 'eve'], 24, 12], [['christmas', 'day'], 25, 12], [['boxing', 'day'], 26, 12],
  [['new', "year's", 'eve'], 31, 12], [['new', "year's", 'day'], 1, 1], [['new', 'year’s', 'eve'], 31, 12], [['new', 'year’s', 'day'], 1, 1],
  [['hogmanay'], 31, 12], [['halloween'], 31, 10], [["valentine's", 'day'], 14, 2], [['valentine’s', 'day'], 14, 2],
  [['bonfire', 'night'], 5, 11], [['burns', 'night'], 25, 1], [['st', "patrick's", 'day'], 17, 3],
];

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  weekend?: boolean;
  /** "last", "next", "this" before the period. */
  rel?: 'last' | 'next' | 'this';
  /** Relative words: "yesterday", "today", "tomorrow", "last-night", "last-week" … */
  relative?: string;
  /** "two days ago": amount and unit. */
  ago?: { amount: number; unit: string };
  /** A clock time on the 24-hour clock, "21:25" (clockTimes). */
  time?: string;
  /** The time could be morning or evening: "9:00" with no am/pm. */
  timeAmbiguous?: boolean;
  /** "17 August last year": the year relative to the document's date (-1, 0, +1). */
  yearRel?: number;
  /** Offsets of the written parts, so a verdict can point at the one that differs. */
  spans?: { month?: [number, number]; day?: [number, number]; year?: [number, number]; weekday?: [number, number] };
}

/** Offsets of a figure's written parts: "$[1.8] [billion]", "[30] [days]". */
export interface FigureParts {
  num: [number, number];
  numValue: number;
  scale?: [number, number];
  scaleValue: number;
  unit?: [number, number];
  /** The currency symbol or word. */
  currency?: [number, number];
}

/** A mention as the engine keeps it: public fields plus token span and comparison details. */
export interface RawMention {
  start: number;
  end: number;
  kind: MentionKind;
  value: number | null;
  high?: number;
  unit?: string;
  unitInfo?: UnitInfo;
  bound?: Bound;
  date?: DateParts;
  code?: string;
  /** A quarter of the year by its number ("Q4"): an ordinal of quarters only. */
  quarterOfYear?: boolean;
  /** Token index range [tokStart, tokEnd) of the figure itself (without hedge). */
  tokStart: number;
  tokEnd: number;
  /** Decimal places or trailing-zero scale the writer used, for rounding tolerance. */
  precision: number;
  parts?: FigureParts;
  /** The figure was written in words ("three", "a dozen"). */
  words?: boolean;
  /**
   * The figure is implied by a noun, not written ("within a decade", "the younger trio"): a
   * source's states a quantity a draft may give in figures, but a draft's is no figure put to
   * the editor.
   */
  impliedOnly?: boolean;
  /** Whose figure it is, when the text attributes it: "Lee, 34," -> "lee". */
  owner?: string;
  /** The owner's given name when the text writes it: "Jyoti Singh, 23," -> "jyoti" (owner "singh"). */
  ownerGiven?: string;
  /** The given name opens a sentence, so its capital may be the sentence's ("Married Adeli, 32,"). */
  ownerGivenOpens?: boolean;
  /** The owner is a role, not a name: "the Argentina forward, 32," (owner "forward"). */
  ownerRole?: boolean;
}

/**
 * The rounding step a writer's digits imply: "2.5" is to the tenth, "640" to the ten, "1,000" to
 * the thousand ("1.000.000", a continental thousands separator, is whole).
 */
export function figurePrecision(raw: string, value: number): number {
  // The raised point of "1·64" is a decimal point too.
  const dot = raw.search(/[.\u00b7]/);
  if (dot >= 0 && !/^\d{1,3}(\.\d{3}){2,}$/.test(raw)) return Math.pow(10, -(raw.length - dot - 1));
  if (value >= 100 && Number.isInteger(value)) {
    let p = 1;
    let v = value;
    while (v % 10 === 0 && v > 0) { p *= 10; v /= 10; }
    return p;
  }
  return 1;
}

const YEAR_PREPS = new Set(['in', 'since', 'by', 'of', 'until', 'till', 'from', 'before', 'after', 'during',
  'early', 'late', 'mid', 'through', 'throughout', 'to', 'and', 'or', 'between', 'circa', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'year', 'season', 'fiscal', 'fy', 'the', 'for', '-', '–']);
const AFTER_YEAR_OK = new Set(['and', 'or', 'to', 'when', 'as', 'was', 'were', 'is', 'saw', 'with', 'after',
  'before', 'the', 'for', 'in', 'at', 'on', 'that', 'which', 'but', 'while', 'until', 'season', 'election',
  'elections', 'budget', 'census', 'olympics', 'world', 'general', 'presidential', 'midterm', 'midterms',
  'earnings', 'results', 'revenue', 'revenues', 'sales', 'figures', 'levels', 'level', 'data', 'report',
  'campaign', 'fiscal', 'compared', 'amid', 'ended', 'onwards', 'onward', 'alone', 'so', 'because', 'if',
  'where', 'though', 'although', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might',
  'invasion', 'war', 'attack', 'attacks', 'crisis', 'pandemic', 'summit', 'deal', 'agreement', 'levels',
  'quarter', 'season', 'tournament', 'cup', 'games', 'vote', 'referendum', 'law', 'act', 'film', 'movie', 'by']);
/** Wholes of the share idiom "N out of 10": a round one, unlike the counted whole of "five out of seven games". */
const SHARE_WHOLES = new Set([10, 100, 1000]);
/** Largest first figure of odds told in digits over any denominator ("9 in 41"); a larger one needs a round one ("26 in 100"). */
const MAX_ODDS_NUMERATOR = 10;
/** Fraction glyphs a number may carry ("5½ hours"): each is its own value. */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };

/** Writers round to fractions: "two-thirds" stands for 65–69 %, "half" for 48–52 %. */
const FRACTION_PRECISION = 0.04;
const PLURAL_NOUNS = new Set(['people', 'men', 'women', 'children', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'livestock', 'aircraft', 'feet', 'teeth', 'mice', 'geese']);
const CODE_PREFIX_OK = new Set(['mid', 'pre', 'post', 'late', 'early', 'top', 'under', 'over', 'about', 'around',
  'some', 'more', 'than', 'up', 'the', 'a', 'an', 'and', 'or', 'to', 'from', 'between', 'us', 'ages', 'aged',
  'age', 'year', 'years', 'day', 'days', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'no', 'nearly',
  'almost', 'only', 'just', 'all', 'last', 'first', 'next', 'past', 'in', 'on', 'at', 'by', 'of', 'for', 'with']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const TIME_SUFFIX = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'et', 'pt', 'est', 'pst']);
/** Roles a fact box's line names a person by, before the person's age: "Victim: 48", "Driver: 42". */
const PERSON_LABELS = new Set(['victim', 'suspect', 'driver', 'defendant', 'accused', 'attacker', 'gunman', 'killer', 'pilot', 'passenger', 'mother', 'father', 'teacher', 'officer', 'offender', 'deceased', 'patient', 'survivor']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** Words after "pounds of" that make the pounds money: "a million pounds of public money", "of the budget". */
const MONEY_AFTER_OF = /^(?:money|cash|funding|funds|investment|investments|debt|debts|savings|damages|compensation|revenue|revenues|profit|profits|sales|spending|taxpayers|public|the|his|her|their|its|our|your|my|this|that|which|what|extra|new|government|state|council|lottery|prize|prizes|tax|taxes|fees|bonuses|wages|salary|pay|income|assets|stock|shares|bonds|loans|credit)$/;
/** Words after "that one" that leave "one" a pronoun: "that one is", "that one of them". */
const ONE_PRONOUN_NEXT = /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|of|that|which|who|and|but|for|with|from|too|again|instead|here|there|now|then)$/;
/** Words after a hedged four-digit number that leave it a year: "around 1970, when …", "circa 1870 by miners". */
const HEDGED_YEAR_NEXT = new Set(['by', 'when', 'and', 'as', 'after', 'before', 'until', 'onwards', 'on']);
const SCORE_WORDS = new Set(['win', 'won', 'wins', 'victory', 'defeat', 'defeated', 'beat', 'beats', 'lost',
  'loss', 'lose', 'draw', 'drew', 'lead', 'led', 'score', 'scores', 'scorecard', 'scorecards', 'scoreline', 'thrashing', 'triumph', 'final',
  // "a 119-99 rout", "Cleveland's 119–99 blowout": a one-sided result.
  'rout', 'blowout', 'drubbing', 'hammering', 'romp']);
/**
 * Most points a side scores in a game: basketball's "119-99", American football's "45-38". A pair
 * above fifty is a score where result words name it one, or where it runs down, as no range does.
 */
const MAX_WORDED_SCORE = 200;
/** Wickets a cricket total counts at most: a pair that runs down to ten or fewer ("62-3", "165-5") is runs for wickets or a model's number, not a game's score. */
const MAX_WICKETS = 10;
/** Verbs that tell how a match ended, before its score: "the game finishing 2-5". */
const FINISH_WORDS = new Set(['finished', 'finishing', 'ended', 'ending', 'finishes', 'ends']);
/** Nouns for a match, which FINISH_WORDS need before them. */
const MATCH_WORDS = new Set(['game', 'match', 'tie', 'fixture', 'clash', 'contest', 'derby', 'encounter']);
/** Words back from "pounds" within which a mass it converts stands: "42 kilograms of cannabis, or more than 90 pounds". */
const CONVERSION_REACH = 9;
/** Words that tell a length's extent after it: "a 2m high wall", "1.5m long". */
const LENGTH_ADJECTIVES = /^(?:high|long|wide|deep|tall|thick|across|away|above|below|from|off|under|over)$/;
/** Words from a vote's copula back to "vote": "the final vote [on the budget] was" (up to four). */
const VOTE_SUBJECT_REACH = 4;
/** Words back within its sentence a vote word makes a pair that runs down ("329-300") a tally. */
const VOTE_SENTENCE_REACH = 12;
/** Words next to a pair of numbers that make it a tally: "voted 4 to 4", "a 6-3 ruling", "a 51-50 result". */
const VOTE_WORDS = new Set(['voted', 'vote', 'votes', 'split', 'ruling', 'majority', 'decision', 'result', 'margin', 'tie']);
/** Verbs a vote's result follows, "by" and the split between: "passed 410-8", "rejected independence by 61-39". */
const VOTE_VERBS = new Set(['passed', 'approved', 'rejected', 'backed', 'endorsed', 'carried', 'defeated']);
/** Words after a pair of numbers that make it betting odds: "the 4-7 favourite", "a 12-1 shot". */
const ODDS_WORDS = new Set(['favourite', 'favourites', 'favorite', 'favorites', 'fav', 'shot', 'outsider', 'chance']);
/** Cricket words a text must use for its "165-5" to read as runs for wickets anywhere in it. */
const CRICKET_STORY_WORDS = 2;
/** Words before a figure that make "N-M" a model's or a route's number. */
const CODE_BEFORE = new Set(['model', 'models', 'type', 'route', 'flight', 'class', 'version', 'number', 'no', 'room', 'form', 'code', 'case', 'line', 'series', 'mark', 'unit', 'bus']);
/** Runs from which "N/M" (M ten or fewer) is a cricket total: past any day of a month ("25/6") and "24/7". */
const SLASH_TOTAL_MIN = 32;
/** Words of a cricket report: beside them "62-3" is runs for wickets, a score, not two counts. */
const CRICKET_WORDS = new Set(['reply', 'declared', 'innings', 'wickets', 'wicket', 'overs', 'stumps', 'lunch', 'tea', 'batting',
  'bowled', 'runs', 'declare', 'chasing', 'chase', 'collapsed', 'slumped']);
const MAGNITUDE_PLURALS: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 144], scores: [40, 199], hundreds: [200, 999], thousands: [2000, 9999],
  millions: [2e6, 9.99e8], billions: [2e9, 9.99e11],
};
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);
const UNITS_NEEDING_GLUE = new Set(['m', 't', 'l', 'c', 'f', 'g', 'ha', 'mi', 'in', 'hr', 'min', 'yr', 'st']);

/** "21st", "12th", "3rd": the suffix English writes for that number ("8st" is eight stone). */
function ordinalSuffixFits(digits: string, suffix: string): boolean {
  const n = Number(digits);
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const want = teen ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return suffix === want;
}

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

function capitalized(t: Token): boolean {
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

/** Words that make a spaced "C" or "F" after a figure a temperature's scale (within TEMPERATURE_REACH tokens). */
const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(['temperature', 'temperatures', 'degrees', 'hottest', 'coldest', 'warmest', 'heat', 'heatwave', 'thermometer', 'celsius', 'fahrenheit']);
/** Nouns "second" ranks rather than measures: "36 second place tickets", "a second half". */
const RANKED_AFTER_SECOND: ReadonlySet<string> = new Set(['place', 'prize', 'half', 'round', 'leg', 'set', 'seed', 'tier', 'term', 'string', 'division', 'class', 'row', 'team', 'quarter', 'period', 'innings', 'placed', 'prizes', 'places']);

/** Verbs whose "up" is a particle beside the ones of change: "ticked up to", "crept up to", "shot up to". */
const PARTICLE_UP_VERBS: ReadonlySet<string> = new Set(['ticked', 'ticks', 'crept', 'creeps', 'inched', 'inches', 'shot', 'shoots', 'stepped', 'bumped', 'pushed', 'pushes', 'pushing', 'pulled', 'ramped', 'scaled', 'built', 'added', 'adds', 'summed', 'totted', 'rounded', 'edges', 'edging', 'moves', 'moving']);

/** Scale words a fraction can take: "half a million", "a quarter of a billion". */
const LARGE_SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion']);
/** Race events named by a distance in metres: "the 400m hurdles" is no 400 million. */
// What a race's distance names after it ("the 5,000m and 10,000m titles", "400m medals"), never
// what millions count.
/** Words that name a race or its stroke after its distance: "the 100m freestyle", "400m individual medley". */
const RACE_WORDS = /^(?:freestyle|backstroke|breaststroke|butterfly|individual|medley|relay|sprint|dash|hurdle|steeplechase|final|heat|race|run|swim|record|title|champion|world|olympic|gold|silver|bronze|mixed|men|women|open)$/;
const RACE_EVENTS: ReadonlySet<string> = new Set(['hurdles', 'relays', 'metres', 'meters', 'heats', 'finals', 'sprints', 'steeplechases', 'titles', 'medals', 'golds', 'races']);

/** Words that can begin a date or a figure. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINALS), ...Object.keys(MONTHS),
  ...Object.keys(MONTHS).filter((m) => m.length > 3 && !AMBIGUOUS_MONTHS.has(m)).flatMap((m) => [`${m}'s`, `${m}’s`]),
  ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((w) => `${w}s`), ...Object.keys(WEEKDAYS).flatMap((w) => [`${w}'s`, `${w}’s`]), ...Object.keys(MAGNITUDE_PLURALS),
  'over', 'at', 'on', 'during', 'this', 'last', 'next', 'the', 'weekend', 'yesterday', 'today', 'tomorrow', 'tonight',
  'earlier', 'early', 'late', 'mid', 'since', 'until', 'by', 'a', 'an', 'dozen', 'tens', 'half',
  'us', 'c', 'hk', 'r', 'nz', 's', 'usd', 'eur', 'gbp', 'jpy', 'chf', 'rmb', 'cny',
  ...NAMED_DAYS.map(([words]) => words[0]!),
]);

/** Scans tokens of `text` and returns raw mentions in text order. */
export function scanMentions(text: string, tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  const n = tokens.length;
  const tok = (i: number): Token | undefined => (i >= 0 && i < n ? tokens[i] : undefined);
  const low = (i: number): string => tok(i)?.lower ?? '';
  // Whether the "pounds" at token k weighs something: a mass given in brackets after it, or a
  // material after its "of" ("pounds of propellant"), not money ("pounds of taxpayers' money").
  const poundsOfWeight = (k: number): boolean => {
    // "can weigh up to 530 pounds", "a baby weighing eight pounds": what weighs is weight.
    for (let b = k - 1; b >= Math.max(0, k - 5); b--) if (/^(?:weigh|weighs|weighed|weighing|weight|heavier|lighter)$/.test(low(b))) return true;
    if (low(k + 1) === '(') {
      for (let j = k + 2; j <= k + 5; j++) if (UNIT_WORDS.get(low(j))?.dimension === 'mass') return true;
      return false;
    }
    // "the 10,300-pound, or about 5,700kg, satellite": a mass converted just after.
    if (low(k + 1) === ',' && low(k + 2) === 'or') {
      for (let j = k + 3; j <= k + 6; j++) if (UNIT_WORDS.get(low(j))?.dimension === 'mass') return true;
    }
    // "42 kilograms of cannabis, or more than 90 pounds": a mass converted just before.
    for (let b = k - 1, or = false; b >= Math.max(0, k - CONVERSION_REACH); b--) {
      if (low(b) === 'or' || low(b) === '(') or = true;
      else if (or && UNIT_WORDS.get(low(b))?.dimension === 'mass') return true;
    }
    return low(k + 1) === 'of' && /^\p{Ll}{3,}$/u.test(tok(k + 2)?.text ?? '') && !MONEY_AFTER_OF.test(low(k + 2));
  };
  // Whether the text writes money in sterling ("£"): then "was 15 pounds" may be a price.
  let sterling: boolean | undefined;
  const currencyInText = (): boolean => (sterling ??= tokens.some((t) => t.text === '£'));
  // Whether the text is a cricket report: its words name the game's (wickets, overs, innings)
  // at least CRICKET_STORY_WORDS times. Read once, when a runs-for-wickets figure first asks.
  let cricketWords: number | undefined;
  const cricketStory = (): boolean => (cricketWords ??= tokens.filter((t) => CRICKET_WORDS.has(t.lower)).length) >= CRICKET_STORY_WORDS;
  /** Whether the word at `i` is what "1.5m" counts in millions ("1.5m people", "2m homes") rather
   *  than a length ("1.5m tall", "a 2m wall", "the 400m hurdles"): a plural noun, not a unit. */
  /** Whether token `k` is a hyphen (or a non-breaking one) glued to the figure before it: "2-1/2", "9-all", "40-plus". */
  const hyphenAt = (k: number): boolean => (low(k) === '-' || low(k) === '‑') && !tok(k)?.spaced;
  /** Whether token `k` is a plural noun written in lower case that counts, not a unit or a race ("sales", not "metres" or "heats"). */
  const countedPlural = (k: number): boolean => /^\p{Ll}{3,}s$/u.test(tok(k)?.text ?? '') && !UNIT_WORDS.has(low(k)) && !RACE_EVENTS.has(low(k));
  /** Whether token `k` opens a line: the text's first token, or one after a line break. */
  const breaksLine = (k: number): boolean => tok(k) !== undefined && (k === 0 || text.slice(tok(k - 1)!.end, tok(k)!.start).includes('\n'));
  /**
   * "fell by 53,000 to 1.54m", "grew by 122,000 to nearly 32m": the level a change of thousands
   * reached is millions, not metres. `i` is the level's first token.
   */
  const levelAfterThousands = (i: number): boolean => {
    let k = i - 1;
    if (/^(?:nearly|almost|about|around|over|some|roughly|approximately)$/.test(low(k))) k--;
    if (low(k) !== 'to' || tok(k - 1)?.type !== 'num') return false;
    const v = parseDigits(tok(k - 1)!.text);
    return v !== null && v >= 1000;
  };
  const millionsOf = (i: number): boolean => {
    const w = low(i);
    if (tok(i)?.type !== 'word') return false;
    // "183m tonnes of coal", "2m barrels": a length is never told in another unit.
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined && unit.dimension !== 'length' && /s$/.test(w)) return true;
    // "1.1m generation hours", "3m Covid tests": a noun that names what the plural after it counts.
    if (/^\p{Ll}{3,}$/u.test(tok(i)?.text ?? '') && !/s$/.test(w) && !UNIT_WORDS.has(w) && !LENGTH_ADJECTIVES.test(w)
      && /^(?:years|months|weeks|days|hours)$/.test(low(i + 1))) return true;
    // "1.64m unemployed people", "2m young voters": an adjective before the plural it counts. Not
    // a race's words ("the 100m freestyle heats").
    if (/^\p{Ll}{3,}$/u.test(tok(i)?.text ?? '') && !/s$/.test(w) && !UNIT_WORDS.has(w) && !LENGTH_ADJECTIVES.test(w) && !RACE_WORDS.test(w)
      && (low(i + 1) === 'people' || countedPlural(i + 1))) return true;
    // "31.2m of the handsets", "2m of its customers": a part of a plural whole is counted, not measured.
    if (w === 'of' && /^(?:the|its|their|his|her|our|these|those)$/.test(low(i + 1)) && countedPlural(i + 2)) return true;
    // "74.5m iPhone sales", "3m Netflix subscribers": a name before the plural it counts.
    if (/^(?:\p{Lu}|i\p{Lu})/u.test(tok(i)?.text ?? '') && countedPlural(i + 1)) return true;
    return w === 'people' || /^(?:years|months|weeks|days|hours)$/.test(w)
      || (/^\p{Ll}{3,}s$/u.test(w) && !UNIT_WORDS.has(w) && !RACE_EVENTS.has(w));
  };

  /** Whether a temperature is told near token `k`: "reached 38.7 C (101.7 F)" spaces its scale's letter. */
  const temperatureNear = (k: number): boolean => {
    for (let j = Math.max(0, k - TEMPERATURE_REACH); j <= k + TEMPERATURE_REACH && j < tokens.length; j++) if (TEMPERATURE_WORDS.has(low(j))) return true;
    return low(k - 2) === '(' || (low(k + 1) === '(' && tok(k + 2)?.type === 'num');
  };

  // Hedge ending right before token i: returns its bound and first token index.
  const hedgeBefore = (i: number): { bound: Bound; from: number } | null => {
    for (const [words, bound] of QUALIFIER_PHRASES) {
      const from = i - words.length;
      if (from < 0) continue;
      let ok = true;
      for (let k = 0; k < words.length; k++) if (low(from + k) !== words[k]) { ok = false; break; }
      // "edged up to 17.7%", "revised up to 3%": "up" is the verb's, and the figure is the level
      // reached, not a maximum.
      if (ok && words[0] === 'up' && words[1] === 'to' && (CHANGE_VERBS.has(low(from - 1)) || PARTICLE_UP_VERBS.has(low(from - 1)))) continue;
      if (ok) return { bound, from };
    }
    return null;
  };

  // Word-number run starting at i ("twenty-five", "one hundred and five", "a dozen").
  const wordNumberAt = (i: number): { value: number; end: number } | null => {
    const t = tok(i);
    if (!isWordToken(t)) return null;
    const w = t.lower;
    if ((w === 'a' || w === 'an' || w === 'one') && (low(i + 1) === 'dozen')) return { value: 12, end: i + 2 };
    if (w === 'dozen') return { value: 12, end: i + 1 };
    if ((w === 'a' || w === 'an') && SCALES[low(i + 1)] !== undefined && (low(i + 1) === 'hundred' || low(i + 1) === 'thousand' || low(i + 1) === 'million' || low(i + 1) === 'billion' || low(i + 1) === 'trillion')) {
      const rest = wordNumberAfterScale(i + 1);
      return rest;
    }
    if (!(w in UNITS) && !(w in TENS)) return null;
    const words: string[] = [];
    const idx: number[] = [];
    let j = i;
    while (j < n && words.length < 16) {
      const tj = tok(j);
      if (!tj) break;
      if (tj.type === 'word' && (tj.lower in UNITS || tj.lower in TENS || tj.lower in SCALES || tj.lower === 'and')) {
        words.push(tj.lower);
        idx.push(j);
        j++;
        continue;
      }
      // "twenty-five": hyphen glued between a tens word and a unit word.
      if ((tj.text === '-' || tj.text === '‑') && !tj.spaced && words.length > 0 && (words[words.length - 1] ?? '') in TENS) {
        const nx = tok(j + 1);
        if (nx && !nx.spaced && nx.lower in UNITS && (UNITS[nx.lower] ?? 0) < 10 && (UNITS[nx.lower] ?? 0) > 0) { j++; continue; }
      }
      break;
    }
    const r = parseNumberWords(words);
    if (r.used === 0) return null;
    return { value: r.value, end: (idx[r.used - 1] ?? i) + 1 };
  };

  /** The value of the number at token i, in digits or in words ("in 10", "out of ten"). */
  const numberAt = (i: number): number | null | undefined => (tok(i)?.type === 'num' ? parseDigits(tok(i)?.text ?? '') : wordNumberAt(i)?.value);
  const wordNumberAfterScale = (i: number): { value: number; end: number } => {
    // "a hundred", "a million": the article reads as one.
    const r = parseNumberWords(['one', ...collectWords(i)]);
    return { value: r.value, end: i + Math.max(1, r.used - 1) };
  };
  const collectWords = (i: number): string[] => {
    const ws: string[] = [];
    for (let j = i; j < n && ws.length < 12; j++) {
      const w = low(j);
      if (w in UNITS || w in TENS || w in SCALES || w === 'and') ws.push(w); else break;
    }
    return ws;
  };


  /**
   * An "and a half" or "and a quarter" at j: its tokens (three spaced, six hyphenated and glued,
   * "-and-a-quarter"; two for "and half" before a unit) and the fraction it adds; none is [0, 0].
   */
  const andAFraction = (j: number): [number, number] => {
    const part = (w: string): number => (w === 'half' ? 0.5 : w === 'quarter' ? 0.25 : 0);
    if (low(j) === 'and' && low(j + 1) === 'a' && part(low(j + 2)) > 0) return [3, part(low(j + 2))];
    // "two and half years", as Indian English and hurried copy write it: only before a unit of
    // time or measure, where the fraction can be nothing but the unit's.
    const unitAfter = low(j + 2).length > 2 ? UNIT_WORDS.get(low(j + 2)) : undefined;
    if (low(j) === 'and' && part(low(j + 1)) > 0 && unitAfter !== undefined && unitAfter.dimension !== 'currency') return [2, part(low(j + 1))];
    const glued = [0, 1, 2, 3, 4, 5].every((d) => !tok(j + d)?.spaced);
    return glued && low(j) === '-' && low(j + 1) === 'and' && low(j + 2) === '-' && low(j + 3) === 'a' && low(j + 4) === '-' && part(low(j + 5)) > 0 ? [6, part(low(j + 5))] : [0, 0];
  };
  let parts: FigureParts | undefined;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (!t) break;
    // Most tokens cannot start a mention; skipping them keeps indexing 150k words well under a second.
    if (t.type === 'word' ? !TRIGGERS.has(t.lower) : t.type === 'sym' && !CURRENCY_SYMBOLS.has(t.lower)) { i++; continue; }
    const date = matchDate(i);
    if (date) {
      out.push(date);
      i = date.tokEnd;
      continue;
    }
    const fig = matchFigure(i);
    if (fig) {
      out.push(fig);
      i = Math.max(fig.tokEnd, i + 1);
      continue;
    }
    i++;
  }
  return out;

  // ---- dates -------------------------------------------------------------------------------
  function matchDate(i: number): RawMention | null {
    const t = tok(i);
    if (!t) return null;
    const w = t.lower;
    const mk = (from: number, to: number, parts: DateParts, kind: MentionKind = 'date', value: number | null = null): RawMention => ({
      start: tok(from)?.start ?? t.start, end: tok(to - 1)?.end ?? t.end, kind, value, date: parts,
      tokStart: from, tokEnd: to, precision: 1,
    });
    // Weekend phrases.
    if ((w === 'over' || w === 'at' || w === 'on' || w === 'during' || w === 'this' || w === 'last' || w === 'next' || w === 'the' || w === 'weekend') ) {
      let j = i;
      let rel: DateParts['rel'];
      if (w === 'over' || w === 'at' || w === 'on' || w === 'during') j++;
      if (low(j) === 'this' || low(j) === 'last' || low(j) === 'next') { rel = low(j) as DateParts['rel']; j++; }
      else if (low(j) === 'the') j++;
      if (low(j) === 'weekend' && (j > i || w === 'weekend')) {
        if (low(j + 1) === "'s" || low(j + 1) === '’s') return null;
        return mk(i, j + 1, rel ? { weekend: true, rel } : { weekend: true });
      }
    }
    // Weekdays: "on Monday", "last Tuesday", "Monday night".
    {
      let j = i;
      let rel: DateParts['rel'];
      if (w === 'on' || w === 'since' || w === 'until' || w === 'by') j++;
      if (low(j) === 'last' || low(j) === 'next' || low(j) === 'this') { rel = low(j) as DateParts['rel']; j++; }
      const d = tok(j);
      // "Monday's closing session" is the session on Monday: the possessive dates its noun.
      const name = d?.lower.replace(/['’]s$/, '').replace(/s$/, '') ?? '';
      if (d && d.type === 'word' && capitalized(d) && WEEKDAYS[name] !== undefined && (j === i || j > i)) {
        if (j > i && w !== 'on' && w !== 'last' && w !== 'next' && w !== 'this' && w !== 'since' && w !== 'until' && w !== 'by') return null;
        let end = j + 1;
        if (DAY_PARTS.has(low(end))) end++;
        const parts: DateParts = { weekday: WEEKDAYS[name] ?? 0 };
        if (rel) parts.rel = rel;
        // "Monday, February 20" / "Monday 20 February": fold the calendar date in. So with the
        // date in brackets, as local papers write it: "on Friday (September 10)".
        const bracket = low(end) === '(';
        const k = low(end) === ',' || bracket ? end + 1 : end;
        const cal = calendarAt(k);
        if (cal && (!bracket || low(cal.end) === ')')) {
          Object.assign(parts, cal.parts);
          // Where the weekday stands, so a wrong weekday on a right date is shown as the part that differs.
          if (parts.spans) parts.spans = { ...parts.spans, weekday: [d.start, d.end] };
          end = bracket ? cal.end + 1 : cal.end;
        }
        return mk(i, end, parts);
      }
    }
    // Days a calendar names: "on Christmas Eve" is 24 December, whichever way a text writes it.
    for (const [words, day, month] of NAMED_DAYS) {
      const first = tok(i);
      if (first && capitalized(first) && words.every((x, k) => low(i + k) === x)) return mk(i, i + words.length, { day, month });
    }
    // Relative days.
    if (w === 'yesterday' || w === 'today' || w === 'tomorrow' || w === 'tonight') {
      if (low(i + 1) === "'s" || low(i + 1) === '’s') return mk(i, i + 1, { relative: w });
      let end = i + 1;
      if (w !== 'tonight' && DAY_PARTS.has(low(end))) end++;
      return mk(i, end, { relative: w });
    }
    // "next month's Ulster Grand Prix", "last year's winner": the possessive dates its noun.
    const period = low(i + 1).replace(/['’]s$/, '');
    if ((w === 'last' || w === 'this' || w === 'next') && (period === 'night' || period === 'week' || period === 'month' || period === 'year' || period === 'morning')) {
      return mk(i, i + 2, { relative: `${w}-${period}` });
    }
    if (w === 'earlier' && low(i + 1) === 'this' && (low(i + 2) === 'week' || low(i + 2) === 'month' || low(i + 2) === 'year')) {
      return mk(i, i + 3, { relative: `this-${low(i + 2)}` });
    }
    // "last November", "in February 2022", "26 August", "Feb. 24, 2022".
    {
      let j = i;
      let rel: DateParts['rel'];
      if (w === 'last' || w === 'next' || w === 'this' || w === 'early' || w === 'late' || w === 'mid') {
        if (w === 'last' || w === 'next' || w === 'this') rel = w;
        j++;
        if (low(j) === '-' && w === 'mid') j++;
      }
      const cal = calendarAt(j, j > i || (tok(i - 1)?.lower ?? '') === 'in' || (tok(i - 1)?.lower ?? '') === 'since' || (tok(i - 1)?.lower ?? '') === 'until' || (tok(i - 1)?.lower ?? '') === 'of');
      if (cal && (j === i || cal.parts.month !== undefined)) {
        const parts = cal.parts;
        if (rel) parts.rel = rel;
        return mk(i, cal.end, parts);
      }
    }
    // Clock times: "10:30", "3 pm", "3pm".
    if (t.type === 'num' && /^\d{1,2}$/.test(t.text)) {
      if (low(i + 1) === ':' && !tok(i + 1)?.spaced && /^\d{2}$/.test(tok(i + 2)?.text ?? '') && !tok(i + 2)?.spaced) {
        let end = i + 3;
        let half = '';
        if (TIME_SUFFIX.has(low(end))) { half = /^[ap]/.test(low(end)) ? `${low(end)[0]}m` : ''; end += 1; }
        // "7:30 p.m.": the tokenizer splits the dotted suffix into "p", ".", "m".
        else if ((low(end) === 'a' || low(end) === 'p') && low(end + 1) === '.' && low(end + 2) === 'm') { half = `${low(end)}m`; end = skipDots(end + 3); }
        return mk(i, end, { time: `${t.text}:${tok(i + 2)?.text ?? '00'}${half}` });
      }
    }
    // British style: "9.30pm", "10.15 a.m." — a dot between hours and minutes, read as a time
    // only with am/pm after it (a bare "9.30" is a decimal).
    const dotted = t.type === 'num' ? /^(\d{1,2})\.([0-5]\d)$/.exec(t.text) : null;
    if (t.type === 'num' && (/^\d{1,2}$/.test(t.text) || (dotted && Number(dotted[1]) <= 12))) {
      const suf = low(i + 1);
      if ((suf === 'am' || suf === 'pm' || suf === 'a.m' || suf === 'p.m') || ((suf === 'a' || suf === 'p') && low(i + 2) === '.' && low(i + 3) === 'm')) {
        const end = suf === 'a' || suf === 'p' ? skipDots(i + 4) : i + 2;
        return mk(i, end, { time: dotted ? `${dotted[1]}:${dotted[2]}${suf[0] ?? ''}m` : `${t.text}${suf[0] ?? ''}m` });
      }
    }
    return null;
  }

  // "17 August last year", "in March this year".
  function relativeYear(parts: DateParts, end: number): number {
    if (parts.year !== undefined || low(end + 1) !== 'year') return end;
    const w = low(end);
    const rel = w === 'last' ? -1 : w === 'this' ? 0 : w === 'next' ? 1 : undefined;
    if (rel === undefined) return end;
    parts.yearRel = rel;
    return end + 2;
  }

  function skipDots(j: number): number {
    return low(j) === '.' && !tok(j)?.spaced ? j + 1 : j;
  }

  // Day/month/year cluster at j. `loose` accepts a bare month name.
  function calendarAt(j: number, loose = false): { parts: DateParts; end: number } | null {
    const a = tok(j);
    if (!a) return null;
    // "30/10/10", "14/04/19 10:50pm": a British numeric date, read only where the day cannot be a
    // month (over 12), so "04/06/2013" (June or April?) stays unread.
    if (a.type === 'num' && /^\d{1,2}$/.test(a.text) && Number(a.text) > 12 && Number(a.text) <= 31) {
      const [s1, mo, s2, yr] = [tok(j + 1), tok(j + 2), tok(j + 3), tok(j + 4)];
      const month = Number(mo?.text);
      if (s1?.text === '/' && s2?.text === '/' && !s1.spaced && !mo?.spaced && !s2.spaced && !yr?.spaced && /^\d{1,2}$/.test(mo?.text ?? '') && /^(?:\d\d|(?:19|20)\d\d)$/.test(yr?.text ?? '')
        && month >= 1 && month <= 12 && tok(j + 5)?.text !== '/') {
        const year = yr!.text.length === 2 ? 2000 + Number(yr!.text) : Number(yr!.text);
        return { parts: { year, month, day: Number(a.text), spans: { day: [a.start, a.end], month: [mo!.start, mo!.end], year: [yr!.start, yr!.end] } }, end: j + 5 };
      }
    }
    // "2024-06-05": the ISO date of a page's dateline or a data release.
    if (a.type === 'num' && /^(1[89]|20)\d\d$/.test(a.text)) {
      const [d1, mo, d2, da] = [tok(j + 1), tok(j + 2), tok(j + 3), tok(j + 4)];
      const month = Number(mo?.text);
      const day = Number(da?.text);
      if (d1?.text === '-' && d2?.text === '-' && !d1.spaced && !mo?.spaced && !d2.spaced && !da?.spaced && /^\d\d$/.test(mo?.text ?? '') && /^\d\d$/.test(da?.text ?? '')
        && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return { parts: { year: Number(a.text), month, day, spans: { year: [a.start, a.end], month: [mo!.start, mo!.end], day: [da!.start, da!.end] } }, end: j + 5 };
      }
      return null;
    }
    // "26 August 2022", "26th of August"
    if (a.type === 'num' && /^\d{1,2}$/.test(a.text)) {
      let k = j + 1;
      if (ORDINAL_SUFFIX.has(low(k)) && !tok(k)?.spaced) k++;
      if (low(k) === 'of') k++;
      const m = tok(k);
      const day = Number(a.text);
      if (m && m.type === 'word' && capitalized(m) && MONTHS[m.lower] !== undefined && day >= 1 && day <= 31) {
        let end = k + 1;
        // The stop of an abbreviated month ("3 Mar. 2020"), not the full stop after "3 March.".
        if (low(end) === '.' && !tok(end)?.spaced && m.lower.length <= 4) end++;
        const parts: DateParts = { day, month: MONTHS[m.lower] ?? 1, spans: { day: [a.start, a.end], month: [m.start, m.end] } };
        const y = tok(low(end) === ',' ? end + 1 : end);
        if (y && /^(1[89]|20)\d\d$/.test(y.text)) { parts.year = Number(y.text); if (parts.spans) parts.spans.year = [y.start, y.end]; end = (low(end) === ',' ? end + 2 : end + 1); }
        return { parts, end: relativeYear(parts, end) };
      }
      return null;
    }
    // "February's Genesis Open" is the one held in February: the possessive dates its noun.
    const possessive = /['’]s$/.test(a.lower);
    const monthName = a.lower.replace(/['’]s$/, '');
    if (a.type !== 'word' || !capitalized(a) || MONTHS[monthName] === undefined) return null;
    const month = MONTHS[monthName] ?? 1;
    let end = j + 1;
    if (low(end) === '.' && !tok(end)?.spaced && a.lower.length <= 4) end++;
    const spans: NonNullable<DateParts['spans']> = { month: [a.start, a.end] };
    const parts: DateParts = { month, spans };
    const d = tok(end);
    if (d && d.type === 'num' && /^\d{1,2}$/.test(d.text) && Number(d.text) >= 1 && Number(d.text) <= 31) {
      parts.day = Number(d.text);
      spans.day = [d.start, d.end];
      end++;
      if (ORDINAL_SUFFIX.has(low(end)) && !tok(end)?.spaced) end++;
      let k = end;
      if (low(k) === ',' || (low(k) === '.' && /^\d{4}$/.test(tok(k + 1)?.text ?? ''))) k++;
      const y = tok(k);
      if (y && /^(1[89]|20)\d\d$/.test(y.text)) { parts.year = Number(y.text); spans.year = [y.start, y.end]; end = k + 1; }
    } else if (d && /^(1[89]|20)\d\d$/.test(d.text)) {
      parts.year = Number(d.text);
      spans.year = [d.start, d.end];
      end++;
    } else if (low(end) === ',' && /^(1[89]|20)\d\d$/.test(tok(end + 1)?.text ?? '')) {
      parts.year = Number(tok(end + 1)?.text);
      const yt = tok(end + 1);
      if (yt) spans.year = [yt.start, yt.end];
      end += 2;
    }
    if (possessive) return { parts, end: j + 1 };
    const ambiguous = AMBIGUOUS_MONTHS.has(a.lower);
    if (parts.day === undefined && parts.year === undefined && ambiguous && !loose) return null;
    return { parts, end: relativeYear(parts, end) };
  }

  // ---- figures -----------------------------------------------------------------------------
  function matchFigure(i0: number): RawMention | null {
    parts = undefined;
    let i = i0;
    let currency: string | undefined;
    // Currency before the figure: "$", "US$", "€", "USD".
    const c0 = tok(i);
    if (!c0) return null;
    // "$US40 million", "$A5m": Australian and wire copy put the country after the dollar sign.
    if (c0.text === '$' && /^(us|a|c|hk|nz|s)$/.test(low(i + 1) ?? '') && tok(i + 1)?.spaced === false && tok(i + 2)?.type === 'num' && tok(i + 2)?.spaced === false) { currency = CURRENCY_SYMBOLS.get(`${low(i + 1)}$`) ?? 'USD'; i += 2; }
    else if (c0.type === 'sym' && CURRENCY_SYMBOLS.has(c0.lower)) { currency = CURRENCY_SYMBOLS.get(c0.lower); i++; }
    else if (c0.type === 'word' && /^(us|a|c|hk|r|nz|s)$/.test(c0.lower) && low(i + 1) === '$' && !tok(i + 1)?.spaced) { currency = CURRENCY_SYMBOLS.get(`${c0.lower}$`) ?? 'USD'; i += 2; }
    else if (c0.type === 'word' && /^(usd|eur|gbp|jpy|chf|rmb|cny)$/.test(c0.lower) && tok(i + 1)?.type === 'num') { currency = CURRENCY_SYMBOLS.get(c0.lower); i++; }
    const ft = tok(i);
    if (!ft) return null;
    if (currency && ft.spaced && i > i0 && c0.type === 'sym' && ft.type !== 'num') return null;

    let value: number;
    let end: number;
    let high: number | undefined;
    let precision = 1;
    let words = false;
    let kind: MentionKind = 'count';
    let unitInfo: UnitInfo | undefined;
    let unit: string | undefined;
    let code: string | undefined;
    let magnitudeBound: Bound | undefined;
    let codeStart: number | undefined;

    if (ft.type === 'num') {
      const v = parseDigits(ft.text);
      if (v === null) return null;
      value = v;
      end = i + 1;
      precision = figurePrecision(ft.text, v);
      // Part of a name or code: "F-16", "COVID-19", "G7", "5G".
      const prev = tok(i - 1);
      const prev2 = tok(i - 2);
      if (!currency && !ft.spaced && prev && prev.type === 'word' && !CODE_PREFIX_OK.has(prev.lower)) code = `${prev.text}${ft.text}`;
      if (!currency && !ft.spaced && prev && prev.text === '-' && prev2 && !prev.spaced && prev2.type === 'word' && !CODE_PREFIX_OK.has(prev2.lower) && !(prev2.lower in UNITS) && !(prev2.lower in TENS)) {
        let s = i - 2;
        while (s > 0 && !tok(s)?.spaced && (tok(s - 1)?.type === 'word' || tok(s - 1)?.text === '-')) s--;
        code = text.slice(tok(s)?.start ?? prev2.start, ft.end);
        codeStart = tok(s)?.start ?? prev2.start;
      } else if (code !== undefined && prev) codeStart = prev.start;
      const nx = tok(end);
      if (!code && nx && !nx.spaced && nx.type === 'word' && ORDINAL_SUFFIX.has(nx.lower) && /^\d+$/.test(ft.text) && ordinalSuffixFits(ft.text, nx.lower)) {
        return finish(i0, i, end + 1, { kind: 'ordinal', value, precision: 1 });
      }
      if (!code && nx && !nx.spaced && nx.type === 'word' && !ORDINAL_SUFFIX.has(nx.lower) && !UNIT_WORDS.has(nx.lower) && SHORT_SCALES[nx.lower] === undefined && SCALES[nx.lower] === undefined && !CURRENCY_WORDS.has(nx.lower) && !/^(s|x|pc|pct|percent|am|pm|st|nd|rd|th|kmh|bps|pp|p)$/.test(nx.lower)
        // "15.7per cent": "per cent" typed onto the figure.
        && !(nx.lower === 'per' && low(i + 2) === 'cent')) {
        code = `${ft.text}${nx.text}`;
        end++;
      }
      // "Q4 2014", "in Q1": a quarter of the year by its number, the "fourth quarter" of prose.
      if (code !== undefined && /^Q[1-4]$/.test(code) && end === i + 1) {
        return { start: codeStart ?? ft.start, end: ft.end, kind: 'ordinal', value, tokStart: i, tokEnd: end, precision: 1, quarterOfYear: true };
      }
      if (code) {
        return { start: codeStart ?? ft.start, end: tok(end - 1)?.end ?? ft.end, kind: 'count', value, code, tokStart: i, tokEnd: end, precision: 1 };
      }
    } else {
      const w = ft.lower;
      const mag = MAGNITUDE_PLURALS[w];
      // "tens of thousand of copies": the singular is a slip for the same vague figure.
      if (w === 'tens' && low(i + 1) === 'of' && /^(thousands?|millions?)$/.test(low(i + 2))) {
        const s = low(i + 2).startsWith('thousand') ? 1e3 : 1e6;
        value = 10 * s; high = 99 * s; end = i + 3; words = true; magnitudeBound = 'approximately';
      } else if (mag && (low(i + 1) === 'of' || (w === 'hundreds' || w === 'thousands') && low(i + 1) === 'of')
        // "scores of 114-114, 116-112 and 117-111": the judges' scores, given in figures.
        && tok(i + 2)?.type !== 'num') {
        value = mag[0]; high = mag[1]; end = i + 1; words = true; magnitudeBound = 'approximately';
        if (w === 'hundreds' && low(i + 1) === 'of' && low(i + 2) === 'thousands') { value = 2e5; high = 9.99e5; end = i + 3; }
      } else if (mag && /^(?:thousands|millions|billions)$/.test(w) && /^(?:of|the|for|to|by|among)$/.test(low(i - 1)) && !/^(?:of|-)$/.test(low(i + 1))) {
        // "the murder of millions the Nazis considered unworthy of life", "the millions uprooted by
        // war": the plural of a scale word standing as the noun, a vague figure as "millions of" is.
        value = mag[0]; high = mag[1]; end = i + 1; words = true; magnitudeBound = 'approximately';
      } else if (w === 'half' && low(i + 1) === 'a' && LARGE_SCALES.has(low(i + 2))) {
        // "half a million people": a count, 500,000 to the nearest tenth of the scale word, which
        // the scale step below multiplies in.
        value = 0.5; end = i + 2; words = true; precision = 0.1;
      } else if ((w === 'a' || w === 'one') && DENOMINATORS[low(i + 1)] !== undefined && low(i + 2) === 'of' && low(i + 3) === 'a' && LARGE_SCALES.has(low(i + 4))) {
        // "a quarter of a million": 250,000, as "half a million" above.
        value = 1 / (DENOMINATORS[low(i + 1)] ?? 1); end = i + 4; words = true; precision = 0.1 * value;
      } else if (w === 'half' && low(i + 1) === 'a' && (low(i + 2) === 'point' || (low(i + 2) === 'percentage' && low(i + 3) === 'point'))) {
        // "the load factor fell half a point to 81.0%": half a percentage point.
        return finish(i0, i, low(i + 2) === 'point' ? i + 3 : i + 4, { kind: 'percent', value: 0.5, unit: 'pp', precision: 0.5, words: true });
      } else if (w === 'half' || ((w === 'a' || w === 'one') && low(i + 1) === 'half')) {
        if (w === 'half' && (low(i - 1) === 'a' || low(i + 1) === '-' || low(i + 1) === 'time' || low(i + 1) === 'an')) return null;
        // "the first half", "a first-half goal", "second-half results": a half ranked by an ordinal
        // is a period of the year or the match, named as "the third quarter" is, not a share.
        if (w === 'half' && (ORDINALS[low(i - 1)] !== undefined || (low(i - 1) === '-' && ORDINALS[low(i - 2)] !== undefined))) return null;
        value = 0.5; end = w === 'half' ? i + 1 : i + 2; words = true; kind = 'fraction';
        return finish(i0, i, end, { kind, value, precision: FRACTION_PRECISION, words });
      } else if ((w === 'a' || w === 'one') && DENOMINATORS[low(i + 1)] !== undefined && low(i + 1) !== 'second' && (low(i + 2) === 'of' || tok(i + 2) === undefined || (tok(i + 2)?.type === 'sym' && !(low(i + 2) === '-' && tok(i + 2)?.start === tok(i + 1)?.end)) || low(i + 2) === 'the' || low(i + 2) === 'in' || low(i + 2) === 'and' || low(i + 2) === 'or'
        // "almost a third more than in 2009", "lifted the total by a fifth on 2012": a change told as a share.
        // "rose by almost a fifth to ¥2.17 trillion": the share a change was, then the level it reached.
        || /^(?:more|less|fewer|higher|lower|bigger|larger|smaller|up|down)$/.test(low(i + 2)) || ((low(i - 1) === 'by' || (/^(?:almost|nearly|about|around|roughly|over|more|just|some)$/.test(low(i - 1)) && low(i - 2) === 'by')) && (low(i + 2) === 'on' || low(i + 2) === 'to'))
        // "nearly a quarter more", "a fifth fewer": a change told as a share of the level before.
        || ((low(i + 2) === 'more' || low(i + 2) === 'fewer' || low(i + 2) === 'less') && /^[.,;:!?)]$/.test(low(i + 3) || '.')))) {
        // "a third of", "a fifth." are fractions; "a third quarter", "a fifth straight day" are
        // ordinals, and so is one joined by a hyphen: "a sixth-minute penalty", "a third-placed side".
        if (w === 'a' && low(i + 1) === 'quarter' && (low(i + 2) === 'century' || low(i + 2) === 'past' || low(i + 2) === 'to' || low(i + 2) === 'final' || low(i + 2) === 'finals')) return null;
        value = 1 / (DENOMINATORS[low(i + 1)] ?? 1); end = i + 2; words = true;
        return finish(i0, i, end, { kind: 'fraction', value, precision: FRACTION_PRECISION, words });
      } else {
        // Ordinal words ("second strike", "twenty-first").
        if (ORDINALS[w] !== undefined) {
          if (w === 'second' && (low(i - 1) === 'a' || low(i - 1) === 'per' || low(i - 1) === 'one' || tok(i - 1)?.type === 'num' || low(i + 1) === 'half' && false)) return null;
          if (low(i - 1) === 'at' && w === 'first') return null;
          return finish(i0, i, i + 1, { kind: 'ordinal', value: ORDINALS[w] ?? 0, precision: 1, words: true });
        }
        const r = wordNumberAt(i);
        if (!r) return null;
        value = r.value; end = r.end; words = true;
        // "twenty-first"
        if ((low(end) === '-') && ORDINALS[low(end + 1)] !== undefined && !tok(end)?.spaced && value >= 20 && value % 10 === 0) {
          return finish(i0, i, end + 2, { kind: 'ordinal', value: value + (ORDINALS[low(end + 1)] ?? 0), precision: 1, words: true });
        }
        // Fractions: "two-thirds", "three quarters", "one in five".
        const den = DENOMINATORS[low(end)] ?? (low(end) === '-' ? DENOMINATORS[low(end + 1)] : undefined);
        if (den !== undefined && value >= 1 && value < den && /s$/.test(low(end) === '-' ? low(end + 1) : low(end))) {
          const e = low(end) === '-' ? end + 2 : end + 1;
          return finish(i0, i, e, { kind: 'fraction', value: value / den, precision: FRACTION_PRECISION, words: true });
        }
        // "nine in 10" is a share; "the front nine in 41" is a thing counted ("the top four"), and
        // what follows "in" is what it was done in.
        const definite = low(i - 2) === 'the' && tok(i - 1)?.type === 'word' && /^\p{Ll}+$/u.test(tok(i - 1)?.text ?? '');
        // "a Kenyan top three in 59:46": what follows "in" is a time, not a whole.
        if (!definite && low(end) === 'in' && low(end + 2) !== '' && low(end + 2) !== ':' && (tok(end + 1)?.type === 'num' || UNITS[low(end + 1)] !== undefined || TENS[low(end + 1)] !== undefined)) {
          const d = numberAt(end + 1);
          // A whole is counted in units: "three in 4.4 overs" is a cricket score's wickets and the overs they took.
          if (d && d > value && value >= 1 && (d <= 1000) && Number.isInteger(d)) {
            return finish(i0, i, end + 2, { kind: 'fraction', value: value / d, precision: FRACTION_PRECISION, words: true });
          }
        }
        // "more than eight out of 10 people" is the share "eight in 10" names. Only over a round
        // whole (10, 100, 1,000), the share idiom: "won five out of seven games" counts games.
        if (!definite && low(end) === 'out' && low(end + 1) === 'of' && low(end + 3) !== ':') {
          const d = numberAt(end + 2);
          if (d !== undefined && d !== null && SHARE_WHOLES.has(d) && d > value && value >= 1) {
            return finish(i0, i, end + 3, { kind: 'fraction', value: value / d, precision: FRACTION_PRECISION, words: true });
          }
        }
        // Lone "one" is usually a pronoun ("one of the", "no one"): keep it, but not "one another".
        if (value === 1 && end === i + 1 && (low(i + 1) === 'another' || low(i - 1) === 'no' || low(i - 1) === 'every' || low(i - 1) === 'any' || low(i - 1) === 'some' || low(i - 1) === 'anyone')) return null;
        // Nor "one" standing for a noun already said: "the third one granted", "this one", "the latest one".
        // "that one client told the Post …" counts one client: a noun after it makes "that" the
        // relative pronoun of the clause and "one" a number again.
        const nounAfter = tok(end)?.type === 'word' && /^\p{Ll}{3,}$/u.test(tok(end)?.text ?? '') && !ONE_PRONOUN_NEXT.test(low(end));
        if (value === 1 && end === i + 1 && (ORDINALS[low(i - 1)] !== undefined || (/^(?:this|that|which|each|latest|same)$/.test(low(i - 1)) && !(low(i - 1) === 'that' && nounAfter)))) return null;
      }
    }
    parts = { num: [tok(i)?.start ?? 0, tok(end - 1)?.end ?? 0], numValue: value, scaleValue: 1 };
    if (currency !== undefined && i > i0) parts.currency = [tok(i0)?.start ?? 0, tok(i - 1)?.end ?? 0];
    // Digits with "and a half" or "and a quarter", spaced or hyphenated ("four-and-a-half years",
    // "a four-and-a-quarter-mile race").
    const [tokensOfPart, part] = andAFraction(end);
    if (part > 0) { value += part; end += tokensOfPart; precision = Math.min(precision, part); }
    // A glyph fraction glued to the digits: "nearly 5½ hours", "a 2¼-mile course".
    const glyph = VULGAR_FRACTIONS[tok(end)?.text ?? ''];
    if (ft.type === 'num' && end === i + 1 && Number.isInteger(value) && glyph !== undefined && !tok(end)?.spaced) { value += glyph; end += 1; precision = Math.min(precision, glyph); }
    // A mixed number: "nearly 2 1/2 years ago", "a 3 3/4-mile course", and with a hyphen as
    // American wire copy writes it, "About 2-1/2 minutes after launch".
    const hyphened = hyphenAt(end) ? 1 : 0;
    const [numTok, slashTok, denTok] = [tok(end + hyphened), tok(end + hyphened + 1), tok(end + hyphened + 2)];
    if (ft.type === 'num' && end === i + 1 && Number.isInteger(value) && numTok?.type === 'num' && slashTok?.text === '/' && denTok?.type === 'num'
      && !slashTok.spaced && !denTok.spaced && (hyphened === 0 || !numTok.spaced)) {
      const num = Number(numTok.text);
      const den = Number(denTok.text);
      if (Number.isInteger(num) && Number.isInteger(den) && num > 0 && num < den && den <= 8) { value += num / den; end += 3 + hyphened; precision = Math.min(precision, 1 / den); }
    }
    // "230,000+ acres", "100+ homes": a plus sign glued after the digits bounds them from below.
    // Copy retells it as "more than 230,000", so it reads as that (and so also as "at least").
    if (ft.type === 'num' && end === i + 1 && low(end) === '+' && !tok(end)?.spaced && (tok(end + 1) === undefined || tok(end + 1)?.spaced === true)) { end++; magnitudeBound = 'more-than'; }
    // "tied on 9-all", "locked at 2-all": a level score written with "all", each side's figure once.
    if (ft.type === 'num' && end === i + 1 && Number.isInteger(value) && hyphenAt(end) && low(end + 1) === 'all' && !tok(end + 1)?.spaced) {
      return finish(i0, i, end + 2, { kind: 'score', value, high: value, precision: 1 });
    }
    // So does "-plus": "$65-plus billion in projects", "40-plus people" (its scale may follow it).
    if (ft.type === 'num' && end === i + 1 && hyphenAt(end) && low(end + 1) === 'plus' && !tok(end + 1)?.spaced) { end += 2; magnitudeBound = 'more-than'; }
    // One in five with digits. Not an innings' wickets: "275 for 9 in 50 overs" (cricketFor).
    if (ft.type === 'num' && low(end) === 'in' && tok(end + 1)?.type === 'num' && !currency && !(low(i0 - 1) === 'for' && tok(i0 - 2)?.type === 'num')) {
      const d = parseDigits(tok(end + 1)?.text ?? '');
      // Odds are told small over round: "1 in 4", "3 in 100"; "he has 26 in 65" is goals in games.
      const odds = value <= MAX_ODDS_NUMERATOR || /^10+$/.test(String(d));
      if (d && odds && d > value && value >= 1 && d <= 1000 && Number.isInteger(value) && Number.isInteger(d) && (low(end + 2) === '' || (tok(end + 2)?.type !== 'num' && low(end + 2) !== ':'))) {
        return finish(i0, i, end + 2, { kind: 'fraction', value: value / d, precision: FRACTION_PRECISION });
      }
    }
    // Scale words: "1.2 million", "$10bn", "€3m". Canadian style hyphenates a sum's scale as a
    // compound ("The bridge cost $14.2-million"): the hyphen joins the figure to its scale.
    // So does Canadian and South African copy for counts: "About 3-billion light-years".
    if ((currency !== undefined || /^(?:million|billion|trillion)$/.test(low(end + 1))) && ft.type === 'num' && hyphenAt(end)
      && LARGE_SCALES.has(low(end + 1)) && !tok(end + 1)?.spaced) end++;
    const sw = low(end);
    const st = tok(end);
    if (st && SCALES[sw] !== undefined && (ft.type === 'num' || sw !== 'hundred')) {
      value *= SCALES[sw] ?? 1; precision *= SCALES[sw] ?? 1; end++;
      parts.scale = [st.start, st.end]; parts.scaleValue = SCALES[sw] ?? 1;
    } else if (st && SHORT_SCALES[sw] !== undefined && ft.type === 'num' && ((!st.spaced && (currency !== undefined || sw === 'bn' || sw === 'mn' || sw === 'tn' || sw === 'k' || (sw === 'm' && (millionsOf(end + 1) || levelAfterThousands(i0))))) || (st.spaced && currency !== undefined && (sw === 'bn' || sw === 'mn' || sw === 'm' || sw === 'tn')))) {
      value *= SHORT_SCALES[sw] ?? 1; precision *= SHORT_SCALES[sw] ?? 1; end++;
      parts.scale = [st.start, st.end]; parts.scaleValue = SHORT_SCALES[sw] ?? 1;
    }
    // Ranges: "5-7 km", "10 to 20", "between 10 and 20". A hyphen or an em dash spaced on both
    // sides is a break in the sentence ("in 2:06:28 — 82 seconds behind"), not a range.
    const between = low(i0 - 1) === 'between' || low(i0 - 1) === 'from';
    // "rose from 200 to 400" is a change between two values, each stated, not a range.
    const role = changeRole(tokens, i0);
    const change = role === 'from';
    // "rose by £6,137 to £217,580": the size of a change, then the level it reached. A range of
    // changes keeps its ends close ("rise by 5 to 10 per cent"); a level far above is no end of one.
    // "16- to 24-year-olds", "five- or six-fold": a suspended hyphen after the first figure
    // leaves it waiting for the unit after the second; the range runs over it.
    const suspended = low(end) === '-' && !tok(end)?.spaced && (low(end + 1) === 'to' || (low(end + 1) === 'and' && between)) && tok(end + 1)?.spaced !== false;
    if (suspended) end++;
    const sep = low(end);
    // A cricket total with a slash, "256/7": runs for wickets. Its runs pass any day of a month
    // and "24/7", so no date or round-the-clock reads this way.
    if (sep === '/' && ft.type === 'num' && !currency && Number.isInteger(value) && value >= SLASH_TOTAL_MIN && value < 1000 && !tok(end)?.spaced
      && tok(end + 1)?.type === 'num' && !tok(end + 1)?.spaced && /^\d{1,2}$/.test(tok(end + 1)?.text ?? '') && Number(tok(end + 1)?.text) <= 10 && tok(end + 2)?.text !== '/') {
      return finish(i0, i, end + 2, { kind: 'score', value, high: Number(tok(end + 1)?.text), precision: 1 });
    }
    // "up £4,126 to £215,282": "up" or "down" before a figure makes it a change's size too.
    const moneyBothEnds = currency !== undefined && tok(end + 1)?.type === 'sym' && CURRENCY_SYMBOLS.has(low(end + 1));
    // So is "by" with its verb left out: "the claimant count rose by 75 to 2,340 and the rate by 0.2 to 3.6%".
    const byThenLevel = (hvalue: number): boolean => (role === 'by' || /^(?:up|down|by)$/.test(low(i0 - 1))) && sep === 'to' && hvalue > (moneyBothEnds ? MONEY_CHANGE_RANGE_RATIO : CHANGE_RANGE_RATIO) * value;
    // "on the FTSE 250 to 1,383.00": a number that is part of a name ends no range.
    // A change's "to" opens its level after, never a range's end; a dash still joins a score or a
    // range ("lifting the score from 159-4 to 245-5").
    if ((!change || (sep !== 'to' && sep !== 'and')) && !nameHeadBefore(tokens, i0) && (sep === '-' || sep === '–' || sep === '—' || sep === 'to' || (sep === 'and' && between))) {
      let k = end + 1;
      if (currency && tok(k)?.type === 'sym' && CURRENCY_SYMBOLS.has(low(k))) k++;
      const hk = tok(k);
      let hv: number | null = null;
      let hend = k + 1;
      if (hk && hk.type === 'num' && ((sep !== '-' && sep !== '—') || !hk.spaced || !tok(end)?.spaced)) {
        hv = parseDigits(hk.text);
      } else if (hk && hk.type === 'word' && ft.type === 'word') {
        const r = wordNumberAt(k);
        if (r) {
          hv = r.value; hend = r.end;
          // "three to four hundred kilograms", "between two and three thousand": the scale closing
          // the high end is the low end's too, as "1.2-1.5 million" shares its scale.
          const shared = SCALES[low(r.end - 1)];
          if (shared !== undefined && shared >= 100 && end === i + 1 && value < r.value / shared && Number.isInteger(value)) value *= shared;
        }
      }
      if (hv !== null && hk) {
        const hs = tok(hend);
        let mult = 1;
        if (hs && SCALES[hs.lower] !== undefined && hs.lower !== 'hundred') { mult = SCALES[hs.lower] ?? 1; hend++; }
        else if (hs && SHORT_SCALES[hs.lower] !== undefined && !hs.spaced && (currency || hs.lower === 'bn' || (hs.lower === 'm' && sep === 'to' && levelAfterThousands(k)))) { mult = SHORT_SCALES[hs.lower] ?? 1; hend++; }
        let hvalue = hv * mult;
        // "1.2-1.5 million": the scale written once applies to both ends. Not to a year before
        // the next phrase's figure: "from 285 million units in 2014 to 345 million in 2015".
        // A figure that large is written with its comma ("2,000 to 3 million"), so four bare digits are a year.
        const yearFirst = ft.type === 'num' && /^(?:19|20)\d\d$/.test(ft.text);
        if (mult !== 1 && value < hvalue / 100 && !yearFirst) value *= mult;
        // Scores: "3-1", "won 2-0".
        // "the game finishing 2-5 to the Gunners", "the match ended 1-1": how a match ended, with
        // the match named just before; elsewhere "ended 2-5% higher" is a range.
        const matchEnded = FINISH_WORDS.has(low(i0 - 1)) && [2, 3, 4].some((d) => MATCH_WORDS.has(low(i0 - d)));
        // "England 1-2 Iceland": a result line sets the score between the two sides' names.
        const sideName = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && capitalized(t) && MONTHS[t.lower] === undefined && WEEKDAYS[t.lower] === undefined;
        const betweenSides = sideName(tok(i0 - 1)) && !isStopword(low(i0 - 1)) && sideName(tok(hend)) && value <= 50 && hvalue <= 50;
        // "finishing with figures of 5-50", "match figures 8-100": a bowler's wickets for runs.
        const bowlingFigures = (low(i0 - 1) === 'figures' || (low(i0 - 1) === 'of' && low(i0 - 2) === 'figures')) && value <= MAX_WICKETS;
        const scoreCtx = SCORE_WORDS.has(low(i0 - 1)) || SCORE_WORDS.has(low(i0 - 2)) || SCORE_WORDS.has(low(hend)) || SCORE_WORDS.has(low(hend + 1)) || matchEnded || betweenSides || bowlingFigures;
        // Betting odds: "the 4-7 favourite", "a 12-1 shot", "at odds of 5-2". A pair read exactly, as
        // a score is, never a range of four to seven.
        const odds = ODDS_WORDS.has(low(hend)) || (low(i0 - 1) === 'of' && low(i0 - 2) === 'odds');
        const scoreMax = scoreCtx ? MAX_WORDED_SCORE : 50;
        // A match play or team event scores halved matches as half points: "won 17.5-10.5".
        const points = (v: number): boolean => Number.isInteger(v) || (scoreCtx && Number.isInteger(v * 2));
        if ((sep === '-' || sep === '–') && ft.type === 'num' && hk.type === 'num' && (scoreCtx || odds) && value <= scoreMax && hvalue <= scoreMax && points(value) && points(hvalue)) {
          return finish(i0, i, hend, { kind: 'score', value, high: hvalue, precision: 1 });
        }
        // A vote's tally: "voted 4 to 4", "by a vote of 5 to 3", "split 52-48" are the two sides'
        // votes, read exactly like a score, never a range of four to four.
        // "voted overwhelmingly by 462-124", "passed by 52-48": the margin a vote was carried by.
        // "the final vote (on the budget) was six to one": the tally after the vote's copula, in
        // words as in digits.
        const copulaAfterVote = (): boolean => {
          if (!/^(?:was|is|were)$/.test(low(i0 - 1))) return false;
          for (let k = i0 - 2; k >= Math.max(0, i0 - 2 - VOTE_SUBJECT_REACH); k--) {
            if (VOTE_WORDS.has(low(k))) return true;
            if (tok(k)?.type !== 'word') return false;
          }
          return false;
        };
        // "MPs voted in favour of the legislation, 329-300": a pair that runs down is no range, and
        // in a sentence about a vote it is the tally, wherever the vote word stands before it.
        const votedEarlier = (): boolean => {
          if (sep !== '-' || hvalue >= value) return false;
          for (let k = i0 - 1; k >= Math.max(0, i0 - VOTE_SENTENCE_REACH) && !/^[.!?]$/.test(low(k)); k--) if (VOTE_WORDS.has(low(k))) return true;
          return false;
        };
        const voteCtx = VOTE_WORDS.has(low(i0 - 1)) || (low(i0 - 1) === 'of' && VOTE_WORDS.has(low(i0 - 2))) || copulaAfterVote() || VOTE_WORDS.has(low(hend)) || votedEarlier()
          || (low(i0 - 1) === 'by' && (VOTE_WORDS.has(low(i0 - 2)) || VOTE_WORDS.has(low(i0 - 3)) || VOTE_VERBS.has(low(i0 - 2)) || VOTE_VERBS.has(low(i0 - 3))));
        if ((sep === '-' || sep === '–' || sep === 'to') && voteCtx && ft.type === hk.type && (ft.type === 'num' || sep === 'to') && mult === 1 && Number.isInteger(value) && Number.isInteger(hvalue)) {
          return finish(i0, i, hend, { kind: 'score', value, high: hvalue, precision: 1 });
        }
        // Cricket: "62-3", "589-8 declared" are runs for wickets, never more than ten wickets.
        if (sep === '-' && ft.type === 'num' && hk.type === 'num' && Number.isInteger(value) && Number.isInteger(hvalue)
          && hvalue <= 10 && value > hvalue && value < 1000) {
          // Read within the sentence: stop at a full stop either way.
          let cricket = false;
          for (let k = i0 - 1; k >= i0 - CRICKET_REACH && !cricket && !/^[.!?]$/.test(low(k)); k--) cricket = CRICKET_WORDS.has(low(k));
          for (let k = hend; k <= hend + CRICKET_REACH && !cricket && !/^[.!?]$/.test(low(k)); k++) cricket = CRICKET_WORDS.has(low(k));
          // "Ireland made 165-5" in a story that is a cricket report: runs for wickets, whatever
          // the sentence's own words.
          // So is a total of a hundred or more for ten wickets or fewer ("165-5"), wherever it
          // stands: no range runs down, and the only other pair of that shape is a vote's tally
          // ("passed 410-8"), which reads as a score too.
          // A name or a code word before it makes it a model's number ("the model 165-5", "a Boeing
          // 737-8"), not a total.
          const before = tok(i0 - 1);
          const named = before !== undefined && (/^\p{Lu}/u.test(before.text) || CODE_BEFORE.has(before.lower));
          if (cricket || cricketStory() || (value >= CRICKET_TOTAL_MIN && !named)) return finish(i0, i, hend, { kind: 'score', value, high: hvalue, precision: 1 });
        }
        // Australian copy writes wickets first: "the Stars made 5-193" is 193 runs for five
        // wickets, in a cricket report; elsewhere "5-193" stays a range.
        if (sep === '-' && ft.type === 'num' && hk.type === 'num' && Number.isInteger(value) && Number.isInteger(hvalue) && value <= 10 && hvalue > value * 10 && hvalue < 1000
          && !tok(end)?.spaced && !hk.spaced && cricketStory()) {
          return finish(i0, i, hend, { kind: 'score', value: hvalue, high: value, precision: 1 });
        }
        // "from 2,574 cases in 2004 to 3,075 cases in 2005": a year after "in" and a count
        // written otherwise are the ends of two phrases, not of one range.
        // Nor is a year "to" a figure with its scale ("rose 7.3% on 2016 to 4.1 billion").
        const yearThenCount = sep === 'to' && yearFirst && (low(i0 - 1) === 'in' || mult !== 1) && !/^\d{4}$/.test(hk.text);
        if ((hvalue > value || (sep !== '-' && hvalue >= value)) && !byThenLevel(hvalue) && !yearThenCount) {
          high = hvalue;
          end = hend;
          // "the 2014–2015 season": two years joined by a dash are a span of years, as "2014-15"
          // is, unless a count noun follows ("1800-2000 calories").
          const after = tok(hend);
          if ((sep === '-' || sep === '–' || sep === '—') && /^(?:1[89]\d\d|20\d\d)$/.test(ft.text) && /^(?:1[89]\d\d|20\d\d)$/.test(hk.text) && hvalue - value < 100
            && !(after !== undefined && after.type === 'word' && after.text === after.lower && /[^su]s$/.test(after.lower))) kind = 'year';
        } else if ((sep === '-' || sep === '–') && ft.type === 'num' && hk.type === 'num' && (Number.isInteger(value) && Number.isInteger(hvalue) || (value > hvalue && Number.isInteger(value * 2) && Number.isInteger(hvalue * 2))) && !/^\d{4}$/.test(ft.text)
          && ((value <= 50 && hvalue <= 50) || (value > hvalue && hvalue > MAX_WICKETS && value <= MAX_WORDED_SCORE && !CODE_BEFORE.has(low(i0 - 1))))) {
          // "3-1" without sports words is still most likely a score or tally; so is "6–4" set
          // with the typographer's dash, and a basketball score that runs down ("58-42 up at the
          // break"), as no range runs down; so does one in half points ("beating the United States
          // 17.5-10.5").
          return finish(i0, i, hend, { kind: 'score', value, high: hvalue, precision: 1 });
        } else if (/^\d{4}$/.test(ft.text) && /^\d{2,4}$/.test(hk.text) && sep !== 'to') {
          // "2021-22" season or span of years.
          hvalue = hk.text.length === 2 ? Math.floor(value / 100) * 100 + hvalue : hvalue;
          if (hvalue > value && hvalue - value < 100) { high = hvalue; end = hend; kind = 'year'; }
        }
      }
    }
    // Percent. "68-percent contained", "a 5-percent rise": American copy hyphens the word on.
    if (low(end) === '-' && !tok(end)?.spaced && low(end + 1) === 'percent' && !tok(end + 1)?.spaced && ft.type === 'num') end++;
    const pw = low(end);
    // "50 basis points": hundredths of a percentage point, the rate-setters' unit.
    if (pw === 'basis' && /^points?$/.test(low(end + 1)) || ((pw === 'bps' || pw === 'bp') && ft.type === 'num')) {
      end += pw === 'basis' ? 2 : 1;
      return finish(i0, i, end, { kind: 'percent', value: value / 100, high: high === undefined ? undefined : high / 100, unit: 'pp', precision: precision / 100, words, bound: magnitudeBound });
    }
    // "up 8.2pp": percentage points glued on, as statistics releases write them.
    const gluedPoints = pw === 'pp' && !tok(end)?.spaced && ft.type === 'num';
    if (pw === '%' || pw === 'percent' || pw === 'pct' || (pw === 'per' && low(end + 1) === 'cent') || (pw === 'percentage' && /^points?$/.test(low(end + 1))) || (pw === 'pc' && !tok(end)?.spaced) || gluedPoints) {
      const unitName = pw === 'percentage' || gluedPoints ? 'pp' : '%';
      end += pw === 'per' || pw === 'percentage' ? 2 : 1;
      if (pw === 'percent' && low(end) === 'age' ) return null;
      // "a 6% to 8% lower risk": a range whose ends each carry the sign. Not a change's size and
      // level ("rose 5% to 8%") nor its two levels ("from 6% to 8%", "taking its share from 6.7
      // percent to 9.8 percent", whatever the verb).
      // "between 2% and 4%": the range's "and" after "between", as "between 2 and 4%" reads.
      if (high === undefined && !change && role !== 'by' && low(i0 - 1) !== 'from' && unitName === '%' && (low(end) === 'to' || ((low(end) === '-' || low(end) === '–') && !tok(end)?.spaced) || (low(end) === 'and' && low(i0 - 1) === 'between'))
        && tok(end + 1)?.type === 'num' && low(end + 2) === pw && (pw !== 'per' || low(end + 3) === 'cent')) {
        const hv = parseDigits(tok(end + 1)?.text ?? '');
        // "is up 2% to 80%": after "up" or "down", a second figure far above the first is the level
        // the change reached, as after a change verb.
        const level = hv !== null && /^(?:up|down)$/.test(low(i0 - 1)) && hv > CHANGE_RANGE_RATIO * value;
        if (hv !== null && hv > value && !level) { high = hv; end += pw === 'per' ? 4 : 3; }
      }
      return finish(i0, i, end, { kind: 'percent', value, high, unit: unitName, precision, words, bound: magnitudeBound });
    }
    // "a 100-kilogram (221-pound) gold coin": pounds hyphened into a compound, weighed as the
    // unhyphened pounds are (a mass converted just before, something that weighs).
    if (!currency && low(end) === '-' && !tok(end)?.spaced && /^pounds?$/.test(low(end + 1)) && !tok(end + 1)?.spaced && poundsOfWeight(end + 1)) {
      const info = UNIT_WORDS.get('lb')!;
      return finish(i0, i, end + 2, { kind: 'quantity', value, high, unit: info.unit, unitInfo: info, precision, words, bound: magnitudeBound });
    }
    // Money written with a currency word after: "3 million dollars", "4,000 reais".
    if (!currency && CURRENCY_WORDS.has(low(end))) {
      const cw = low(end);
      // "3,715.7 pounds (about 1,685 kilograms) of propellant", "50,000 pounds of cocaine": pounds
      // of a material, or converted to a mass, are a weight ("a million pounds of public money"
      // is money; copy writes a sum in pounds with "£" and at most two decimals).
      // So is a being's pounds after a copula: "The baby was 15 pounds at her check-up" (a sum
      // of money is what something costs, not what it is).
      if ((cw === 'pound' || cw === 'pounds') && (poundsOfWeight(end) || (value < 1000 && /^(?:was|is|were|are|been|be)$/.test(low(i0 - 1)) && !currencyInText()))) {
        end++;
        const info = UNIT_WORDS.get('lb')!;
        return finish(i0, i, end, { kind: 'quantity', value, high, unit: info.unit, unitInfo: info, precision, words, bound: magnitudeBound });
      }
      if (!((cw === 'pound' || cw === 'pounds') && value < 1000 && !(SCALES[low(end - 1)] !== undefined))) {
        currency = CURRENCY_WORDS.get(cw);
        const ct = tok(end);
        if (parts && ct) parts.currency = [ct.start, ct.end];
        end++;
      }
    }
    // Pence: "a 5p charge", "five pence". In pounds, so "5p" and "£0.05" are one amount.
    // Hyphened into a compound too: "a 400-pence-per-share bid".
    if (!currency && low(end) === '-' && !tok(end)?.spaced && low(end + 1) === 'pence' && !tok(end + 1)?.spaced) end++;
    if (!currency && (low(end) === 'pence' || (low(end) === 'p' && ft.type === 'num' && !tok(end)?.spaced && end === i + 1))) {
      const ct = tok(end);
      if (parts && ct) parts.currency = [ct.start, ct.end];
      return finish(i0, i, end + 1, { kind: 'money', value: value / 100, high: high === undefined ? undefined : high / 100, unit: 'GBP', precision: precision / 100, words, bound: magnitudeBound });
    }
    // Cents: "73 cents a month". Hundredths of the dollar (or euro) the text last spoke of, of the
    // US dollar when it named none, so "73 cents" and "$0.73" are one amount.
    // Hyphened into a compound too: "a 3-cent rise".
    if (!currency && low(end) === '-' && !tok(end)?.spaced && /^cents?$/.test(low(end + 1)) && !tok(end + 1)?.spaced) end++;
    if (!currency && /^cents?$/.test(low(end))) {
      const ct = tok(end);
      if (parts && ct) parts.currency = [ct.start, ct.end];
      const unit = [...out].reverse().find((m) => m.kind === 'money' && m.unit !== undefined && m.unit !== 'GBP')?.unit ?? 'USD';
      return finish(i0, i, end + 1, { kind: 'money', value: value / 100, high: high === undefined ? undefined : high / 100, unit, precision: precision / 100, words, bound: magnitudeBound });
    }
    if (currency) {
      return finish(i0, i, end, { kind: 'money', value, high, unit: currency, precision, words, bound: magnitudeBound });
    }
    // Ages: "39-year-old", "aged 39", "39 years old".
    // "the 31-year-old's conduct": the possessive is written onto the token.
    if (low(end) === '-' && (low(end + 1) === 'year' || low(end + 1) === 'years') && low(end + 2) === '-' && /^olds?(?:['’]s?)?$/.test(low(end + 3))) {
      const age = finish(i0, i, end + 4, { kind: 'age', value, high, unit: 'year', precision: 1, words });
      const possessive = /['’]s?$/.exec(tok(end + 3)?.text ?? '')?.[0].length ?? 0;
      return possessive > 0 ? { ...age, end: age.end - possessive } : age;
    }
    if ((low(end) === 'years' || low(end) === 'year') && low(end + 1) === 'old') {
      return finish(i0, i, end + 2, { kind: 'age', value, high, unit: 'year', precision: 1, words });
    }
    // Appositive ages: "Ian Guffick, 31, allowed", "Miss Kensit, 47, appeared"; and closing a
    // fact box's line, "- Victim: Raymond Burke, 63".
    const beforeComma = tok(i0 - 2);
    const lineEnds = (): boolean => tok(end) === undefined || breaksLine(end);
    if (ft.type === 'num' && !currency && Number.isInteger(value) && value >= 1 && value <= 120 && end === i + 1 && low(i0 - 1) === ','
      && beforeComma && beforeComma.type === 'word' && capitalized(beforeComma) && (low(end) === ',' || low(end) === '.' || lineEnds())) {
      return finish(i0, i, end, { kind: 'age', value, unit: 'year', precision: 1 });
    }
    // A fact box's line that gives a person by their role and a bare number: "- Victim: 48,
    // serious but stable", "Driver: 42, bailed until May". The number is the person's age.
    // The label opens its line, after a bullet's dash or not.
    const labelStart = (): boolean => breaksLine(i0 - 2) || (low(i0 - 3) === '-' && breaksLine(i0 - 3));
    if (ft.type === 'num' && !currency && Number.isInteger(value) && value >= 1 && value <= 120 && end === i + 1 && low(i0 - 1) === ':' && PERSON_LABELS.has(low(i0 - 2)) && labelStart()
      && (low(end) === ',' || low(end) === ';' || lineEnds())) {
      return finish(i0, i, end, { kind: 'age', value, unit: 'year', precision: 1 });
    }
    // "aged 27", and a fact file's label "AGE: 27" under a profile; "children as young as 12".
    if (low(i0 - 1) === 'as' && (low(i0 - 2) === 'young' || low(i0 - 2) === 'old') && low(i0 - 3) === 'as' && !UNIT_WORDS.has(low(end))) {
      return finish(i0, i, end, { kind: 'age', value, high, unit: 'year', precision: 1, words });
    }
    // "aged between one and 10", "aged from 16 to 64": the age word before a range's "between" or "from".
    const ageBefore = AGE_WORDS.has(low(i0 - 1)) || ((low(i0 - 1) === 'between' || low(i0 - 1) === 'from') && high !== undefined && AGE_WORDS.has(low(i0 - 2)));
    if ((ageBefore || (low(i0 - 1) === ':' && low(i0 - 2) === 'age')) && !UNIT_WORDS.has(low(end))) {
      return finish(i0, i, end, { kind: 'age', value, high, unit: 'year', precision: 1, words });
    }
    // "aged between 1 and 2 years", "aged 7 years": the years after an age word are its unit.
    if (ageBefore && !currency && (low(end) === 'years' || low(end) === 'year') && low(end + 1) !== 'old') {
      return finish(i0, i, end + 1, { kind: 'age', value, high, unit: 'year', precision: 1, words });
    }
    // "Age 1 to 10 years: 53 cases / 11 to 18 years: 15 cases": a band of years labelling a row
    // of a table is an age band, as a health bulletin lists its cases.
    if (high !== undefined && (low(end) === 'years' || low(end) === 'year') && low(end + 1) === ':') {
      return finish(i0, i, end + 1, { kind: 'age', value, high, unit: 'year', precision: 1, words });
    }
    // Units, of up to three words, possibly glued ("1,000km") or hyphenated ("5-mile", "one-year").
    let unitStart: number | undefined;
    {
      let k = end;
      let hyphen = false;
      if ((low(k) === '-' || low(k) === '‑') && !tok(k)?.spaced && tok(k + 1) && !tok(k + 1)?.spaced) { k++; hyphen = true; }
      const u1 = tok(k);
      if (u1 && u1.type === 'word') {
        const two = `${u1.lower} ${low(k + 1)}`;
        const three = `${two} ${low(k + 2)}`;
        if (UNIT_WORDS.has(three)) { unitInfo = UNIT_WORDS.get(three); end = k + 3; unitStart = k; }
        else if (UNIT_WORDS.has(two)) { unitInfo = UNIT_WORDS.get(two); end = k + 2; unitStart = k; }
        else if (low(k + 1) === '/' && UNIT_WORDS.has(`${u1.lower}/${low(k + 2)}`)) { unitInfo = UNIT_WORDS.get(`${u1.lower}/${low(k + 2)}`); end = k + 3; unitStart = k; }
        // "two goals in three second-half minutes": a hyphened compound between the figure and a
        // unit of time qualifies the unit ("three injury-time minutes" are three minutes).
        else if ((low(k + 1) === '-' || low(k + 1) === '‑') && !tok(k + 1)?.spaced && tok(k + 2)?.type === 'word' && !tok(k + 2)?.spaced
          && UNIT_WORDS.get(low(k + 3))?.dimension === 'time') { unitInfo = UNIT_WORDS.get(low(k + 3)); end = k + 4; }
        // "three dozen second-prize tickets": "second" hyphened to a noun is a rank in a compound,
        // not a unit of time.
        // So is "second" before a noun it ranks: "36 second place tickets" are 36 tickets.
        else if (u1.lower === 'second' && (((low(k + 1) === '-' || low(k + 1) === '‑') && !tok(k + 1)?.spaced) || RANKED_AFTER_SECOND.has(low(k + 1)))) { /* no unit */ }
        // "up nearly 1,500 year on year": the period a change is measured over, not the figure's unit.
        else if (/^(?:year|month|week|quarter)$/.test(u1.lower) && ((low(k + 1) === 'on' && low(k + 2) === u1.lower) || ((low(k + 1) === '-' || low(k + 1) === '‑') && low(k + 2) === 'on'))) { /* no unit */ }
        // "within 5 to 10 min after the scheduled time": a spaced "min" after digits is minutes
        // (a minimum is written before its figure, "min 5").
        else if (UNIT_WORDS.has(u1.lower) && (!UNITS_NEEDING_GLUE.has(u1.lower) || (!u1.spaced && !hyphen && ft.type === 'num') || (u1.lower === 'st' && !Number.isInteger(value))
          || (u1.lower === 'min' && ft.type === 'num' && tok(k + 1)?.type !== 'num')
          || ((u1.text === 'C' || u1.text === 'F') && ft.type === 'num' && temperatureNear(k)))) {
          // Single letters like "m" or "t" only count when glued to digits: "100m", "5t".
          if (!(u1.lower === 'in' && u1.spaced)) { unitInfo = UNIT_WORDS.get(u1.lower); end = k + 1; }
        } else if (u1.text === '°' || u1.lower === 'degrees') {
          const nx = low(k + 1);
          if (nx === 'c' || nx === 'celsius' || nx === 'f' || nx === 'fahrenheit') { unitInfo = UNIT_WORDS.get(nx); end = k + 2; }
        }
      } else if (u1 && u1.text === '°' && (low(k + 1) === 'c' || low(k + 1) === 'f')) {
        unitInfo = UNIT_WORDS.get(low(k + 1)); end = k + 2;
      } else if (u1 && (u1.text === '℃' || u1.text === '℉')) {
        // "33.2℃": the one-character signs for degrees Celsius and Fahrenheit.
        unitInfo = UNIT_WORDS.get(u1.text === '℃' ? 'c' : 'f'); end = k + 1;
      }
    }
    if (unitInfo) {
      unit = unitInfo.unit;
      const ut = tok(end - 1);
      const uf = tok(unitStart ?? end - 1);
      if (ut && uf && parts) parts.unit = [uf.type === 'word' ? uf.start : ut.start, ut.end];
      // "two days ago": a date written as a duration back from now.
      if (unitInfo.dimension === 'time' && low(end) === 'ago') {
        return finish(i0, i, end + 1, { kind: 'date', value, high, unit, unitInfo, precision, words, bound: magnitudeBound, date: { ago: { amount: value, unit } } });
      }
      kind = unitInfo.dimension === 'time' ? 'duration' : 'quantity';
      return finish(i0, i, end, { kind, value, high, unit, unitInfo, precision, words, bound: magnitudeBound });
    }
    // Bare four-digit years.
    if (ft.type === 'num' && /^(1[89]\d\d|20\d\d)$/.test(ft.text) && end === i + 1 && !high) {
      // "the final quarter of 2012/13", "the 1999/2000 season": a financial year or season written
      // with a slash is the span of its two years, as "2012-13" is.
      const slashYear = tok(end + 1);
      if (low(end) === '/' && !tok(end)?.spaced && slashYear?.type === 'num' && !slashYear.spaced
        && (slashYear.text === String((value + 1) % 100).padStart(2, '0') || slashYear.text === String(value + 1))) {
        return finish(i0, i, end + 2, { kind: 'year', value, high: value + 1, precision: 1 });
      }
      const prevW = low(i0 - 1);
      const next = tok(end);
      // "2000 people" counts; "a 1997 outbreak", "in 2023 sales fell" name years.
      const nextIsCountNoun = next !== undefined && next.type === 'word' && next.text === next.lower && !AFTER_YEAR_OK.has(next.lower) && (/[^su]s$/.test(next.lower) || PLURAL_NOUNS.has(next.lower));
      const hedged = hedgeBefore(i0) !== null;
      // "the 1990s": a decade, every year of it.
      if (value % 10 === 0 && next?.lower === 's' && !next.spaced) {
        return finish(i0, i, end + 1, { kind: 'year', value, high: value + 9, precision: 1 });
      }
      // "the 31.5 sq km it covered around 1970.", "founded circa 1870 by miners": a hedged year with
      // no noun after it. Copy writes a count that large with its comma ("around 1,970").
      const yearAfterHedge = hedged && (next === undefined || next.type !== 'word' || HEDGED_YEAR_NEXT.has(next.lower));
      if (YEAR_PREPS.has(prevW) || (!nextIsCountNoun && !hedged) || yearAfterHedge) {
        return finish(i0, i, end, { kind: 'year', value, precision: 1 });
      }
    }
    if (kind === 'year') return finish(i0, i, end, { kind, value, high, precision: 1 });
    return finish(i0, i, end, { kind: 'count', value, high, precision, words, bound: magnitudeBound });
  }

  function finish(i0: number, figStart: number, end: number, f: {
    kind: MentionKind; value: number; high?: number | undefined; unit?: string | undefined; unitInfo?: UnitInfo | undefined;
    precision: number; words?: boolean; bound?: Bound | undefined; date?: DateParts;
  }): RawMention {
    let from = i0;
    let bound = f.bound;
    const h = hedgeBefore(i0);
    if (h) { from = h.from; bound = h.bound; }
    // "between 10 and 20" owns its "between".
    if (f.high !== undefined && (low(i0 - 1) === 'between' || low(i0 - 1) === 'from') && !h) from = i0 - 1;
    const m: RawMention = {
      start: tok(from)?.start ?? 0,
      end: tok(end - 1)?.end ?? 0,
      kind: f.kind,
      value: f.value,
      tokStart: figStart,
      tokEnd: end,
      precision: f.precision,
    };
    if (f.high !== undefined) m.high = f.high;
    if (f.unit !== undefined) m.unit = f.unit;
    if (f.unitInfo !== undefined) m.unitInfo = f.unitInfo;
    if (bound !== undefined) m.bound = bound;
    if (f.date !== undefined) m.date = f.date;
    if (f.words) m.words = true;
    if (parts && f.kind !== 'ordinal' && f.kind !== 'fraction' && f.kind !== 'score') m.parts = parts;
    return m;
  }
}
