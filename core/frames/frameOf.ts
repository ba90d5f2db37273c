// A mention's frame: what its number counts, read from its sentence. The head noun after the
// figure ("45 [others]", "two long-range [drones]"), the lexicon concepts nearby (nearest first:
// "killed three people", "Six of the [injured]") and the content words around it.
import { isScorersMinute, isWorldRanking, seriesNounAt } from '../mentions/seriesNouns.ts';
import type { Token } from '../text/tokenize.ts';
import { ORDINALS, isNumberWord } from '../values/numberWords.ts';
import type { Frame } from './frame.ts';
import { headsAgree, isSubgroup, namesPeople, synonymousHeads } from './headsAgree.ts';
import { ownedWholeSkip, wholeBeforeNoun } from './partitiveWhole.ts';
import { BROADER, CONCEPT_PHRASES, EVENT_CONCEPTS, GENERIC_HEADS, IRREGULAR_PARTICIPLES, conceptOf, isStopword, stem } from './lexicon.ts';

export type { Frame } from './frame.ts';

// Hedges are compared as qualifiers, not as context: "around 170" and "around 870" share no topic.
const HEDGE_WORDS = new Set(['around', 'about', 'nearly', 'almost', 'roughly', 'approximately', 'least', 'most',
  'than', 'over', 'under', 'some', 'estimated', 'another', 'only', 'just', 'total', 'further', 'additional', 'extra']);

const PHRASE_STARTS = new Set(CONCEPT_PHRASES.map(([words]) => words[0] ?? ''));

const JOINS = new Set(['and', 'but', ',', 'while', 'whereas']);
/** Tokens after a figure joined by "and" within which its own verb stands: "and 66 [other people] were". */
const OWN_VERB_REACH = 4;
/** Verbs right after a figure that make it its clause's subject: "six [are] awaiting sentencing". */
const SUBJECT_VERBS = /^(?:is|are|was|were|has|have|had|will|would|remain|remains)$/;
/** Tokens before a join within which a figure makes the words before it that figure's: "120 staff, 80 players" (1–3). */
const COMMA_FIGURE_REACH = 3;

const CLAUSE_BREAK = new Set([';', '•', '|', '—', '–', '?', '!']);
const HEAD_SKIP = new Set(['of', 'the', 'those', 'them', 'whom', 'which', 'these']);
/** Words after a place that say in which standings it is ("fourth overall", "third outright"): no noun ranked. */
const STANDINGS = new Set(['overall', 'outright']);
/** Words of succession before a counted noun: "two straight wins", "a third successive title". */
const STREAK_WORDS = new Set(['straight', 'consecutive', 'successive', 'back-to-back']);
/** Adjectives that say over what period a rate runs: "a 3.3% annual pace". */
const PERIOD_ADJECTIVES = new Set(['annual', 'annualised', 'annualized', 'yearly', 'monthly', 'quarterly', 'weekly', 'daily']);
/** Adverbs in "-ly" ("newly", "officially"), of five letters or more. */
const ADVERB_LY = /^\p{Ll}{3,}ly$/u;
/** Nouns and adjectives in "-ly" that may be a counted noun or its modifier. */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'belly', 'bully', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'early', 'only', 'holy', 'lovely', 'elderly', 'friendly', 'deadly', 'likely', 'jolly', 'folly', 'lily', 'filly', 'anomaly', 'monopoly', 'butterfly', 'dragonfly', 'firefly', 'homily']);
/** Verbs of a result before a partitive part, and the noun the part then counts: "winning 25 of …". */
// Only the participle: "have won five of their six" is a running tally (runningTally), which a
// result head would set against another side's wins.
const RESULT_VERBS: Readonly<Record<string, string>> = { winning: stem('wins'), losing: stem('defeats'), drawing: stem('draws') };
/** What a score measures ("a 12-4 lead", "his 5-3 overnight lead", "a 2-1 win"), and what a rank counts ("her first Wimbledon crown"). */
const RESULT_NOUNS = new Set(['lead', 'win', 'victory', 'defeat', 'loss', 'draw', 'deficit', 'advantage', 'scoreline', 'triumph', 'thrashing', 'drubbing', 'margin', 'title', 'crown', 'trophy']);
/** Words that point a time noun at the story's now: "last year", "this season", "next week". */
const TIME_DEICTIC = /^(?:last|this|next)$/;
const TIME_NOUN = /^(?:year|years|month|months|week|weeks|season|seasons|decade|century|summer|winter|spring|autumn|fall|weekend|night|quarter)$/;

/** Irregular past tenses that are never nouns, so never a figure's head. */
const IRREGULAR_PAST = new Set(['saw', 'went', 'came', 'took', 'got', 'gave', 'told', 'said', 'did', 'won', 'ran', 'fell', 'rose', 'grew', 'knew',
  'met', 'paid', 'sold', 'sent', 'spent', 'stood', 'thought', 'wrote', 'began', 'broke', 'chose', 'drove', 'ate', 'flew', 'forgot', 'hid', 'kept',
  'meant', 'rode', 'rang', 'sang', 'sat', 'slept', 'spoke', 'stole', 'swam', 'threw', 'understood', 'woke', 'wore', 'became', 'brought', 'bought',
  'caught', 'fought', 'taught', 'sought', 'felt', 'heard', 'lay', 'lost', 'found', 'held', 'left', 'made']);

/** Second halves of a hyphened modifier of origin or ownership: "Alameda-based", "French-born", "state-owned". */
const COMPOUND_ORIGINS = new Set(['based', 'born', 'bred', 'owned', 'led', 'run', 'registered', 'flagged', 'headquartered', 'listed', 'backed', 'funded', 'built', 'made']);
/** Participles in "-ing" of five letters, too short for the "-ing" rule below: "leads 12-4 going into Monday". */
const SHORT_ING = new Set(['going', 'being', 'doing', 'using', 'lying', 'dying', 'tying', 'owing']);
/** Adjectives of dimension after a measure: "3.7 metres long". */
const DIMENSION_ADJECTIVES = new Set(['long', 'tall', 'high', 'wide', 'deep', 'thick', 'across', 'away', 'below', 'above', 'underground', 'apart']);
/** Units of length, height and depth a dimension adjective may follow ("12ft", "3.7 metres", "2km"). */
const MEASURE_UNIT = /^(?:\d*(?:m|cm|mm|km|ft|in|yd|mi)|metres?|meters?|centimetres?|millimetres?|kilometres?|kilometers?|feet|foot|inch(?:es)?|yards?|miles?)$/;
/** Names of currencies a sign already gives: "£500m pounds". */
const CURRENCY_NAMES = new Set(['pounds', 'pound', 'dollars', 'dollar', 'euros', 'euro']);
const CURRENCY_SIGNS = new Set(['£', '$', '€']);
/** Irregular participles that are nouns too ("a 5% cut in", "a 2-1 win"): after a figure they may be its noun. */
const NOUN_PARTICIPLES = new Set(['cut', 'hit', 'set', 'put', 'run', 'shot', 'let', 'hurt', 'won', 'lost', 'left', 'made', 'been', 'come', 'become']);
/** Prepositions that open a reduced relative's complement: "spent on", "paid to", "sold for". */
const RELATIVE_PREPOSITION = /^(?:on|in|to|by|for|at|from|with|over|into|during|since)$/;
const MORE_WORDS = new Set(['more', 'further', 'extra', 'additional']);
/** Prepositions the stop words leave out, which end a counted noun's phrase as they do. */
const PREPOSITIONS = new Set(['without', 'minus', 'plus', 'despite', 'beyond', 'within', 'across', 'along', 'inside', 'outside', 'toward', 'towards', 'upon', 'onto', 'amid', 'amongst']);
/** Plural nouns without an "-s": the head of "500,000 Bolivian children", not "Bolivian". */
const IRREGULAR_PLURALS = new Set(['children', 'men', 'women', 'people', 'feet', 'teeth', 'mice', 'geese', 'cattle', 'police', 'staff', 'sheep', 'deer', 'personnel', 'crew']);
/** Bodies of people whose members a figure may count: "a dozen crew members" (the crew). */
const COLLECTIVE_BODIES = new Set(['crew', 'staff', 'cabinet', 'board', 'family', 'team', 'squad', 'cast', 'band', 'jury', 'gang', 'council', 'committee', 'congregation', 'union', 'party', 'club']);
/** Nouns that count members or measures of the noun after their "of": "members of staff", "head of cattle". */
const CONTAINER_NOUNS = new Set(['members', 'member', 'head', 'pieces', 'items', 'units']);
/**
 * Words after a counted noun that say how far it leaves something and take no object ("points
 * clear", "years ago"), or what it is worth, ending the noun phrase. Not "behind" or "off": "two points behind leaders
 * Tottenham" is read with its object, which tells whose gap it is.
 */
const AFTER_NOUN = new Set(['clear', 'adrift', 'short', 'apart', 'away', 'ago', 'earlier', 'later',
  // "500 cannabis plants worth £457,800", "172 plants valued at £144,480": what the things are worth
  // follows the noun counted; the plants, not their worth, are the count.
  'worth', 'valued']);
/** Tokens after "cases" within which a verb of death makes them deaths: "14 cases [had died]". */
const CASE_OUTCOME_REACH = 3;
/** Whether the words after "cases" say they died, before any other figure or clause: not "170 infections and 50 deaths". */
function caseOutcome(after: readonly Token[]): boolean {
  for (const t of after) {
    if (/^(?:died|die|dies|dying|dead|killed)$/.test(t.lower)) return true;
    if (t.type !== 'word' || JOINS.has(t.lower)) return false;
  }
  return false;
}
/**
 * Adverbs that open a predicate after a plural noun ("118 passengers still unaccounted for",
 * "40 people now missing"): the noun counted is the one before them, and what follows is what
 * happened to the things counted.
 */
const PREDICATE_ADVERBS = new Set(['still', 'now', 'already', 'also', 'reportedly', 'allegedly', 'currently', 'since']);

/** Verbs in their plain form that follow a plural subject: "airlines blame storms", "officials fear". */
const PLURAL_VERBS = new Set(['blame', 'say', 'warn', 'fear', 'claim', 'agree', 'want', 'face', 'need', 'hope', 'plan', 'expect', 'urge',
  'demand', 'believe', 'remain', 'report', 'accuse', 'deny', 'insist', 'suggest', 'show', 'reveal', 'predict', 'estimate',
  // "The 18 patients range in age from …", "the 300 staff include …": verbs of what the things are or do.
  'range', 'include', 'live', 'come', 'go', 'die', 'suffer', 'receive', 'earn', 'cost', 'pay', 'vary', 'account', 'represent',
  'collect', 'win', 'get', 'qualify']);
/** Common verbs in "-s" that follow a counted noun and would pass for a plural head. */
const VERBS_IN_S = new Set(['goes', 'says', 'takes', 'makes', 'shows', 'comes', 'gets', 'gives', 'means', 'needs', 'seems',
  'remains', 'accounts', 'represents', 'includes', 'lives', 'works', 'uses', 'pays', 'earns', 'costs', 'spends', 'faces',
  'owns', 'holds', 'runs', 'wins', 'loses', 'lacks', 'wants', 'believes', 'thinks', 'feels', 'expects', 'plans', 'hopes']);

/** Pronouns that stand for the whole of a partitive ("of those", "of whom"). */
const PRONOUN_WHOLES = new Set(['those', 'these', 'them', 'whom', 'which', 'us', 'you']);
/** Words in "s" that are no plural noun (the contact-relative rule asks): "115,730 overseas students applied". */
const ADJECTIVES_IN_S = new Set(['overseas', 'news', 'gas', 'alias', 'always', 'perhaps', 'whereas']);
/** Adverbs of time that follow a figure ("over 100 today"); they say when, never what is counted. */
const DEICTIC_TIMES = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently']);
const DASHES = new Set(['-', '‑', '–', '—']);
const APOSTROPHES = new Set(["'", '’']);
/** Tokens an aside between spaced dashes may run to: "- soon to be seven -" (5). */
const ASIDE_REACH = 8;

/** The closing spaced dash of an aside opened before token `from`, or -1. */
function asideClose(tokens: readonly Token[], from: number, sb: number): number {
  for (let i = from; i < sb && i < from + ASIDE_REACH; i++) {
    const t = tokens[i];
    if (!t || (t.type === 'sym' && CLAUSE_BREAK.has(t.text))) return -1;
    if (t.type === 'sym' && DASHES.has(t.text) && t.spaced && tokens[i + 1]?.spaced) return i;
  }
  return -1;
}

function isBreak(t: Token | undefined): boolean {
  return t === undefined || (t.type === 'sym' && CLAUSE_BREAK.has(t.text));
}

/** Whether the token at `dash` joins a word to a number with no spaces: the "-" of "COVID-19", "F-16". */
function numberedName(tokens: readonly Token[], dash: number): boolean {
  const t = tokens[dash];
  return t !== undefined && DASHES.has(t.text) && !t.spaced && tokens[dash - 1]?.type === 'word' && tokens[dash + 1]?.type === 'num' && !tokens[dash + 1]!.spaced;
}

/** The subject noun of "<noun> was the …" before token `a`, within its sentence (from `sa`). */
function subjectBeforeCopula(tokens: readonly Token[], a: number, sa: number): Token | undefined {
  let k = a - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!/^(?:was|is|were|are|became|becomes)$/.test(tokens[k]?.lower ?? '') || k - 1 < sa) return undefined;
  const noun = tokens[k - 1];
  return noun && noun.type === 'word' && /^\p{Ll}{3,}$/u.test(noun.text) && !isStopword(noun.lower) ? noun : undefined;
}

/** Words that make a figure a share of a whole. */
const SHARE_WORDS = /^(?:half|halves|thirds?|quarters?|fifths?|%|percent|cent)$/;

/** Whether token `i` opens an acronym in brackets: "(NFL)". */
function bracketedAcronym(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === '(' && /^\p{Lu}{2,}s?$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
}

/** A plural noun by its form: "-s" but not "-ss"/"-us" ("characters", not "class", "bus"), or an irregular plural. */
function isPluralNoun(t: Token): boolean {
  return (/[^su]s$/.test(t.lower) && t.lower.length > 3) || IRREGULAR_PLURALS.has(t.lower);
}

/**
 * Nouns plural in form that modify the noun after them: "20 Grand Slam singles titles", "two sports
 * cars". They leave room for the noun they modify, as a singular modifier does.
 */
const PLURAL_MODIFIERS = new Set(['singles', 'doubles', 'sports', 'arms', 'savings', 'sales', 'goods', 'customs', 'womens', 'mens']);

/** Words a coordination of modifiers may run before its plural noun ("regular and [recurring LGBT characters]"). */
const COORDINATED_REACH = 3;

/** Whether a plural noun comes within COORDINATED_REACH content words from token `from`. */
function pluralAhead(tokens: readonly Token[], from: number, sb: number): boolean {
  for (let k = from; k < from + COORDINATED_REACH && k < sb; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || isStopword(t.lower) || PREPOSITIONS.has(t.lower)) return false;
    if (isPluralNoun(t)) return true;
  }
  return false;
}

/** Words a subject "the number of …" may run to its verb. */
const SUBJECT_REACH = 8;
const YEAR_OR_DECADE = /^(?:1[5-9]|20)\d\ds?$/;

/** The plural noun of a "the number of …" subject before token `a` in its sentence, with no figure between. */
function numberOfSubject(tokens: readonly Token[], a: number, sa: number): Token | undefined {
  for (let k = sa; k + 1 < a; k++) {
    if (tokens[k]?.lower !== 'number' || tokens[k + 1]?.lower !== 'of') continue;
    // A figure between may count another noun; a year or a decade only dates the change ("has
    // risen from a small group in the 1990s to over 100 today").
    if (tokens.slice(k + 2, a).some((t) => t.type === 'num' && !YEAR_OR_DECADE.test(t.text))) return undefined;
    let noun: Token | undefined;
    for (let j = k + 2; j < a && j < k + 2 + SUBJECT_REACH; j++) {
      const t = tokens[j]!;
      if (t.type !== 'word' || PREPOSITIONS.has(t.lower) || /^(?:has|have|had|is|are|was|were|now|rose|fell|stands|stood|reached|hit)$/.test(t.lower)) break;
      // "the number of countries the fighters come from": past its noun, a determiner opens a
      // relative clause whose nouns are not the ones counted.
      if (noun && /^(?:the|a|an|that|which|who|whose|this|these|those)$/.test(t.lower)) break;
      // "the number of patients in Wales waiting …": past its noun, a preposition opens a phrase
      // that places or qualifies the things counted; its own noun ("Wales") is not what is counted.
      if (noun && /^(?:in|at|on|from|across|for|with|by|under|over|into|since|during|after|before|outside|inside|within)$/.test(t.lower)) break;
      if (isPluralNoun(t)) noun = t;
    }
    return noun;
  }
  return undefined;
}

/** Verbs of saying that close a sentence's attribution: "…, NASA's chief scientist has predicted". */
const SAYING = /^(?:said|says|say|told|tells|added|adds|claimed|claims|predicted|predicts|warned|warns|insisted|insists|explained|explains|admitted|admits|revealed|reveals|confirmed|confirms|announced|announces|reported|reports|stated|states|wrote|writes|argued|argues)$/;
/** Most tokens a closing attribution runs to, from its comma to the sentence's end. */
const MAX_ATTRIBUTION = 10;
/** What may stand between an attribution's comma and its speaker: a closing quotation mark. */
const QUOTE_MARKS = /^["'”’]$/;

/**
 * Where an attribution after the figure begins (its comma), or `sb` when there is none: a comma,
 * then within a few words and no figure a named speaker and a verb of saying ("…, NASA's chief
 * scientist has predicted", "…," NASA chief scientist Ellen Stofan said Tuesday during a panel …").
 * The speaker's name and title tell who spoke, not what the figure counts; a generic "officials
 * said" stays, as two reports of one statement share it.
 */
function attributionStart(tokens: readonly Token[], b: number, sb: number): number {
  for (let k = b; k < sb; k++) {
    if (tokens[k]!.text !== ',') continue;
    let named = false;
    for (let m = k + 1; m < sb && m - k <= MAX_ATTRIBUTION; m++) {
      const t = tokens[m]!;
      if (t.type === 'num' || t.text === ',') break;
      if (t.type !== 'word' && !QUOTE_MARKS.test(t.text) && !APOSTROPHES.has(t.text)) break;
      if (/^\p{Lu}/u.test(t.text)) named = true;
      if (SAYING.test(t.lower)) return named ? k : sb;
    }
  }
  return sb;
}

/** Builds a frame for the figure occupying tokens [a, b) inside sentence tokens [sa, sb). */
export function frameOf(tokens: readonly Token[], a: number, b: number, sa: number, sb: number): Frame {
  const concepts: { concept: string; distance: number }[] = [];
  const near = new Set<string>();
  const window = new Set<string>();
  const seen = new Map<string, number>();
  const addConcept = (c: string, d: number): void => {
    const prev = seen.get(c);
    if (prev === undefined || d < prev) seen.set(c, d);
  };
  const WINDOW = 12;
  // Walk left and right from the figure, stopping at clause breaks for the near set.
  let leftBroken = false;
  let leftJoin = 0;
  for (let i = a - 1, d = 1; i >= sa && d <= WINDOW; i--, d++) {
    const t = tokens[i];
    if (!t) break;
    if (isBreak(t)) { leftBroken = true; continue; }
    // Across "and", "but" or a comma a verb more likely belongs to another figure:
    // "three lost their lives and 45 others were injured".
    if (JOINS.has(t.lower)) {
      leftJoin = 2;
      // "120 staff and 80 players", "two were released and three were treated": the words
      // before the join are the earlier figure's, in digits or words. A conjunction right
      // before the figure opens a clause the figure is the subject of, so the earlier figure may
      // stand anywhere in the clause before it: "Four miners were killed in the blast and 14
      // managed to escape" (the 14 were not killed). Not so a verb after the join, which shares
      // the subject before it: "claimed his 104th assist to move above Rooney and go third".
      // So with a comma before a figure that is its clause's subject, in a series of such clauses:
      // "three have been sentenced, six are awaiting sentencing, one faces a retrial".
      const subject = SUBJECT_VERBS.test(tokens[b]?.lower ?? '') || VERBS_IN_S.has(tokens[b]?.lower ?? '');
      const reach = (t.lower !== ',' || subject) && i === a - 1 ? WINDOW : COMMA_FIGURE_REACH;
      for (let k = i - 1; k >= sa && k >= i - reach && !isBreak(tokens[k]!); k--) if (tokens[k]?.type === 'num' || isNumberWord(tokens[k]?.lower ?? '')) leftBroken = true;
      // "A woman was killed and 66 other people were injured": a figure after "and" whose noun
      // phrase has a verb of its own is the subject of a clause of its own, as a figure before
      // the join would make it; the clause before tells of another subject.
      if (t.lower === 'and' && i === a - 1 && tokens.slice(b, b + OWN_VERB_REACH).some((x) => /^(?:were|was|are|is|have|has|had)$/.test(x.lower))) leftBroken = true;
      continue;
    }
    if (t.type !== 'word') continue;
    const c = conceptOf(t.lower);
    if (c) addConcept(c, (leftBroken ? d + 4 : d) + leftJoin);
    if (isStopword(t.lower) || HEDGE_WORDS.has(t.lower)) continue;
    const s = stem(t.lower);
    if (d <= 4 && !leftBroken) near.add(s); else window.add(s);
  }
  let rightBroken = false;
  // The figure is a share of a whole ("half", "a third", "20%"): its "of" names the whole, and
  // after it an irregular past tense is what the share did, not its noun.
  const share = tokens.slice(a, b).some((t) => SHARE_WORDS.test(t.lower));
  // Head noun: in the run of up to three content words after the figure ("two long-range drones",
  // "three Romanian men"), the last one that looks like a counted noun, else the first.
  const run: Token[] = [];
  // A noun phrase reads up to three words for its head, and a fourth when it is the first plural
  // noun: "three suspected drug smuggling vessels" counts vessels.
  // Not past a hyphened compound, whose two words the run counts apart ("four unanswered
  // second-half tries" keeps the reading it had).
  const roomFor = (i: number): boolean => {
    const at = bracketedAcronym(tokens, i) ? i + 3 : i;
    return run.length < 3 || (run.length === 3 && !run.some((x) => isPluralNoun(x) && !PLURAL_MODIFIERS.has(x.lower)) && tokens[at] !== undefined && isPluralNoun(tokens[at]!)
      && !tokens.slice(b, at).some((x) => DASHES.has(x.text)));
  };
  for (let i = b, d = 1; i < sb && d <= 6 && roomFor(i); i++, d++) {
    const t = tokens[i];
    if (!t) break;
    // "two Alameda-based Coast Guard cutters": a place or owner hyphened to "based", "born",
    // "owned" … describes the noun after it and is never the noun counted.
    if (t.type === 'word' && DASHES.has(tokens[i + 1]?.text ?? '') && !tokens[i + 1]?.spaced && !tokens[i + 2]?.spaced && COMPOUND_ORIGINS.has(tokens[i + 2]?.lower ?? '')) { i += 2; continue; }
    // "landed 179-of-423 (42%) punches": a partitive hyphened into one word counts the noun after
    // its whole and any bracketed share, as "179 of the 423 punches" does.
    if (d === 1 && DASHES.has(t.text) && !t.spaced && tokens[i + 1]?.lower === 'of' && DASHES.has(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.type === 'num' && !tokens[i + 3]!.spaced) {
      let k = i + 4;
      if (tokens[k]?.text === '(') { while (k < sb && tokens[k]!.text !== ')') k++; k++; }
      if (k < sb && tokens[k]?.type === 'word') { i = k - 1; continue; }
    }
    // "three National Football League (NFL) fields": an acronym in brackets after a name spells
    // the name out again; the noun after it is the head.
    if (run.length > 0 && bracketedAcronym(tokens, i)) { i += 2; continue; }
    if (t.type === 'sym') {
      // "eight - soon to be seven - front-line squadrons": a spaced dash opens an aside, and the
      // figure before it counts the noun after the aside closes. A spaced dash that closes none
      // ends the clause ("soon to be seven - front-line": the seven counts no noun of its own).
      if (DASHES.has(t.text) && t.spaced && tokens[i + 1]?.spaced) {
        const close = asideClose(tokens, i + 1, sb);
        if (close < 0 || run.length > 0) break;
        i = close;
        continue;
      }
      if (DASHES.has(t.text)) continue;
      // "the top 10 of voters' concerns": a plural owner ("voters'") is not the noun counted.
      if (APOSTROPHES.has(t.text) && !t.spaced && run.length > 0 && /s$/.test(run[run.length - 1]?.lower ?? '')) { run.length = 0; continue; }
      break;
    }
    if (t.type !== 'word') break;
    // "three commercial COVID-19 vaccine products", "two F-16 jets": a word joined by a hyphen to
    // a number is a name (a virus, a model), a modifier like a proper noun, never the head; the
    // noun counted comes after it.
    if (numberedName(tokens, i + 1) && tokens[i + 3]?.type === 'word') { i += 2; continue; }
    // "seven PRO12 appearances": a name with its number glued on modifies the noun after it.
    if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && tokens[i + 1]?.type === 'num' && tokens[i + 1]!.spaced === false && tokens[i + 2]?.type === 'word') { i += 1; continue; }
    // "4 of Spain's 17 regions": the part counts the whole's noun, past its owner and number.
    if (t.lower === 'of' && run.length === 0 && d === 1) {
      const skip = wholeBeforeNoun(tokens, i);
      if (skip > 0) { i += skip; d += skip; continue; }
      // "more than half of all the party's backbenchers": a share's whole is the noun past its
      // "all", determiner and owner, as "half of Tory backbenchers" names it straight away.
      const owned = share ? ownedWholeSkip(tokens, i) : 0;
      if (owned > 0) { i += owned; d += owned; continue; }
    }
    // "a third of those now on the benches", "two thirds of whom": the whole is a pronoun for a
    // noun told elsewhere, so the figure names no noun of its own here.
    if (PRONOUN_WHOLES.has(t.lower) && run.length === 0 && tokens[i - 1]?.lower === 'of') break;
    // "Japan's fourth of the game", "his 20th of the season": after an ordinal, "of" names the
    // whole the rank is within; the ranked noun is left unsaid.
    if (t.lower === 'of' && run.length === 0 && d === 1 && ordinalFigure(tokens, a, b)) break;
    if (HEAD_SKIP.has(t.lower) && run.length === 0 && d <= 3) continue;
    // "two straight wins", "three consecutive defeats": a word of succession qualifies the noun
    // after it, which a verb in "-s" ("wins") must not be taken to end.
    if (STREAK_WORDS.has(t.lower) && run.length === 0) continue;
    // "a 3.3% annual pace", "an annualised rate": the period adjective says how a rate is told.
    if (PERIOD_ADJECTIVES.has(t.lower) && run.length === 0 && tokens[i + 1]?.type === 'word') continue;
    // "the first newly licensed treatment", "the first officially approved new treatment": an
    // adverb in "-ly" qualifies the word after it and is never the noun counted.
    if (ADVERB_LY.test(t.lower) && !LY_NOUNS.has(t.lower) && tokens[i + 1]?.type === 'word') { d--; continue; }
    // "each about 3.7 metres long", "20ft high": the adjective says which dimension a measure is,
    // it is not what the measure counts.
    if (run.length === 0 && DIMENSION_ADJECTIVES.has(t.lower) && tokens.slice(a, b).some((x) => x.type === 'word' && MEASURE_UNIT.test(x.lower))) break;
    // "£500m pounds on transfer fees": the currency's name after its sign restates the unit.
    if (run.length === 0 && d === 1 && CURRENCY_NAMES.has(t.lower) && tokens.slice(a, b).some((x) => CURRENCY_SIGNS.has(x.text))) continue;
    // "two more frames", "three further days": the noun after "more" is what the figure counts.
    if (MORE_WORDS.has(t.lower) && run.length === 0 && d === 1) continue;
    // "278 regular and recurring LGBT characters", "five Scottish and Welsh clubs": modifiers
    // joined by "and" before their noun; the words after the join lead to the head.
    if ((t.lower === 'and' || t.lower === 'or') && run.length > 0 && !run.some(isPluralNoun) && pluralAhead(tokens, i + 1, sb)) { run.length = 0; continue; }
    // Nor a preposition: a figure counts no "without" ("the second [without] his shoe").
    if (isStopword(t.lower) || PREPOSITIONS.has(t.lower)) break;
    // "26,500 hospitalizations every year": "every" opens the period a rate is counted over, as
    // "each" does; the year is not what is counted.
    if (t.lower === 'every' && run.length > 0) break;
    // "at the second attempt thanks to …": "thanks to" is a preposition, not a plural noun.
    if (t.lower === 'thanks' && tokens[i + 1]?.lower === 'to') break;
    // "to over 100 today", "3,000 now": a word that says when the figure holds ends its phrase.
    if (run.length === 0 && DEICTIC_TIMES.has(t.lower)) break;
    // "300 delegates voted": after a plural noun of its own, a past-tense verb is the clause's
    // predicate, not a second noun ("45 people injured" keeps its head: "people" is generic).
    const last = run[run.length - 1];
    // "a quarter of the budget goes on health": a verb in "-s" after the noun is no plural head.
    // Nor after an age told as a noun: "the 27-year-old goes into Wednesday's meeting".
    // "one faces a retrial": after "one" a word in "-s" is its verb, since one counts a singular noun.
    if ((last || (run.length === 0 && /^(?:old|one|1)$/.test(tokens[b - 1]?.lower ?? ''))) && VERBS_IN_S.has(t.lower)) break;
    // "Top 4 airlines blame storms for …": after a plural noun, a verb in its plain form is the
    // clause's predicate, and the noun after it ("storms") is its object, not the thing counted.
    // So after a measure's own plural unit: "finish in under two hours and 18 minutes collect …".
    const plural = last ?? (run.length === 0 && tokens[b - 1]?.type === 'word' ? tokens[b - 1] : undefined);
    if (plural && isPluralNoun(plural) && PLURAL_VERBS.has(t.lower)) break;
    // "AGE: 27 CLUBS (League record only)": a fact file's value, and the next label in capitals.
    if (run.length === 0 && tokens[a - 1]?.text === ':' && /^\p{Lu}{3,}$/u.test(tokens[a - 2]?.text ?? '') && /^\p{Lu}{3,}$/u.test(t.text)) break;
    // "four points clear thanks to …", "two goals ahead": a word that tells where the counted
    // noun leaves something closes its phrase; what follows is no part of the noun.
    if (last && AFTER_NOUN.has(t.lower)) break;
    if (last && isPluralNoun(last) && PREDICATE_ADVERBS.has(t.lower)) break;
    if (last && /ed$/.test(t.lower) && /[^su]s$/.test(last.lower) && last.lower.length > 3 && !GENERIC_HEADS.has(last.lower) && conceptOf(last.lower) === undefined) break;
    // So after "people" with a past tense that is no outcome: in "40 million people watched NASA's
    // broadcast" the people are what is counted and "watched" their predicate ("45 people injured"
    // keeps its outcome word, which the frame reads as a concept).
    if (last && /^(?:people|persons)$/.test(last.lower) && /^\p{Ll}{3,}ed$/u.test(t.text) && conceptOf(t.lower) === undefined) break;
    // "eight videos featuring children", "three men carrying guns": an "-ing" word after a plural
    // noun opens what the things do or show; the noun counted is the one before it.
    if (last && /^\p{Ll}{3,}ing$/u.test(t.lower) && !SHORT_ING.has(t.lower) && /[^su]s$/.test(last.lower) && last.lower.length > 3 && isPluralNoun(last)) break;
    // "the 1,538 adults pollsters surveyed": a second plural noun with a past tense after it opens
    // a relative clause with its "that" left out; the noun counted is the one before it.
    // (Both written as plurals in "s": "5 crew members uninjured" is one compound noun.)
    if (last && isPluralNoun(last) && /[^su]s$/.test(last.lower) && !ADJECTIVES_IN_S.has(last.lower) && isPluralNoun(t) && /[^su]s$/.test(t.lower) && /^\p{Ll}{3,}ed$/u.test(tokens[i + 1]?.text ?? '')) break;
    // "17 outbreaks last year", "five goals this season": a time adverbial after the noun says
    // when, and its noun is never the one counted.
    if (run.length > 0 && TIME_DEICTIC.test(t.lower) && TIME_NOUN.test(tokens[i + 1]?.lower ?? '')) break;
    run.push(t);
  }
  // "a two-time heavyweight champion": "-time" says how often, and the noun after it is what
  // was won (as "the double heavyweight champion" has it).
  if (run.length > 1 && run[0]?.lower === 'time' && tokens[b]?.text === '-' && !tokens[b]?.spaced) run.shift();
  let headTok: Token | undefined;
  // "a 2-1 defeat leaves them nine points adrift": a score's result noun ends its phrase, and the
  // verb after it ("leaves") is no noun of its.
  const scoreFigure = tokens[a]?.type === 'num' && tokens.slice(a, b).some((t) => t.text === '-' || t.text === '–');
  for (const t of run) {
    const l = t.lower;
    // "Tory MPs", "three GPs": an acronym with a plural "s" is a plural noun, however short.
    // "his 5-3 overnight lead": what a score is a score of, past the words that describe it.
    // A capitalised word after the figure is a name, whatever its last letter ("15th seed Nick Kyrgios").
    const name = /^\p{Lu}\p{Ll}/u.test(t.text);
    if ((isPluralNoun(t) && !name) || /^\p{Lu}{2,}s$/u.test(t.text) || GENERIC_HEADS.has(l) || conceptOf(l) !== undefined || RESULT_NOUNS.has(l)) headTok = t;
    if (scoreFigure && RESULT_NOUNS.has(l)) break;
  }
  // Else the first word, unless it is a verb in "-ed": in "Selman's 101 carried Glamorgan to 220"
  // the figure's noun is left out ("runs"), and "carried" is what the innings did. So with a
  // participle in "-ing" after a figure above one: in "51 goals, with 38 coming in the league" the
  // 38 are goals, and "coming" what they did ("one building" is a noun: a single thing is named).
  const one = /^(?:one|1|a|an)$/.test(tokens[b - 1]?.lower ?? '');
  // Nor an irregular participle with its preposition: "£500m spent on transfer fees" tells what
  // was done with the money ("a £5m cut in funding" is a noun, and stays the head).
  const reducedRelative = run.length === 1 && IRREGULAR_PARTICIPLES.has(run[0]!.lower) && !NOUN_PARTICIPLES.has(run[0]!.lower)
    && RELATIVE_PREPOSITION.test(tokens[tokens.indexOf(run[0]!, b) + 1]?.lower ?? '');
  // "the fourth Japanese try": a capitalised adjective of nationality or place before a noun
  // in lower case modifies it; the noun is the head.
  // ("Dozens of Syrians queue": a capitalised plural is the people counted.)
  if (headTok === undefined && run.length > 1 && /^\p{Lu}\p{Ll}+[^s]$/u.test(run[0]!.text) && /^\p{Ll}{3,}$/u.test(run[1]!.text) && tokens.indexOf(run[1]!, b) === tokens.indexOf(run[0]!, b) + 1
    && !IRREGULAR_PARTICIPLES.has(run[1]!.lower) && !/(?:ed|ing)$/.test(run[1]!.lower)) headTok = run[1];
  // Nor, after a share, an irregular past tense: in "over half saw it restored" the share's whole
  // is left out and "saw" is what the half did.
  // Nor a word that says in which standings, not what is ranked: "begun the day fourth overall".
  if (headTok === undefined && run[0] !== undefined && !reducedRelative && !STANDINGS.has(run[0].lower) && !SHORT_ING.has(run[0].lower) && !(share && IRREGULAR_PAST.has(run[0].lower)) && !(run[0].lower.length > 4 && /[^e]ed$/.test(run[0].lower)) && !(run.length === 1 && !one && run[0].lower.length > 5 && /ing$/.test(run[0].lower))) headTok = run[0];
  // "36 off 30 balls", "30 from 36 deliveries": a batter's innings, the first figure the runs.
  const runsOff = run.length === 0 && /^(?:off|from)$/.test(tokens[b]?.lower ?? '') && tokens[b + 1]?.type === 'num' && /^(?:balls|deliveries)$/.test(tokens[b + 2]?.lower ?? '');
  // "80 members of staff", "200 head of cattle": a noun of membership or measure counts the noun
  // after its "of", which is what "120 staff" counts too.
  if (headTok && run.length === 1 && CONTAINER_NOUNS.has(headTok.lower)) {
    const at = tokens.indexOf(headTok, b);
    const after = tokens[at + 1]?.lower === 'of' ? tokens[at + 2] : undefined;
    if (after && after.type === 'word' && !isStopword(after.lower) && at + 2 < sb && !possessiveName(tokens, at + 2)) headTok = after;
  }
  // "a dozen crew members", "40 staff members": members of a body are the body's people, what
  // "a dozen crew" and "40 staff" count.
  if (headTok && /^members?$/.test(headTok.lower)) {
    const at = run.indexOf(headTok);
    const body = at > 0 ? run[at - 1] : undefined;
    if (body && COLLECTIVE_BODIES.has(body.lower)) headTok = body;
  }
  // "three Russian nationals", "17 British citizens": people named by their nationality are what
  // "three Russians" counts, so the nationality is the head.
  if (headTok && /^(?:nationals|citizens|people)$/.test(headTok.lower)) {
    const at = run.indexOf(headTok);
    const nation = at > 0 ? run[at - 1] : undefined;
    if (nation && /^\p{Lu}\p{Ll}+$/u.test(nation.text) && at === run.length - 1) headTok = nation;
  }
  // "The number of LGBT characters on scripted TV has reached 278": a figure that ends its clause
  // with no noun of its own counts the noun its subject gave ("the number of …").
  if (headTok === undefined && run.length === 0) headTok = numberOfSubject(tokens, a, sa);
  // "Tuesday's extension was the third one granted": "one" stands for the subject's noun.
  if (headTok?.lower === 'one') headTok = subjectBeforeCopula(tokens, a, sa) ?? headTok;
  // "winning 25 of their first 30 league matches": the part of a partitive after a verb of
  // result counts that result, as "25 wins out of the first 30" does; the matches are the whole.
  const result = tokens[b]?.lower === 'of' ? RESULT_VERBS[tokens[a - 1]?.lower ?? ''] : undefined;
  // "capped 16 times by Wales" counts caps, as "has won 16 caps" does.
  const capped = headTok !== undefined && /^times?$/.test(headTok.lower) && tokens[a - 1]?.lower === 'capped';
  // "on lap 40", "from Lap 13": a number after a series noun ranks that noun, as "the 40th lap" does.
  const seriesTok = tokens[seriesNounAt(tokens, a, b)];
  // "Two of the gang were filmed": a part of a body of people counts its members, as "Two members
  // of the gang" does.
  const partOfBody = headTok !== undefined && tokens[b]?.lower === 'of' && COLLECTIVE_BODIES.has(headTok.lower);
  // "the world No 2", "world No1 Mark Selby": a ranking's place ranks the ranking, not the name after it.
  const ranking = isWorldRanking(tokens, a);
  // "Goals: Nainggolan (13), Vokes (86)": a scorer's bracketed minute ranks the match's minutes.
  const minute = isScorersMinute(tokens, a, b, Number(tokens[a]?.text));
  const head = result ?? (ranking ? stem('ranking') : minute ? stem('minute') : seriesTok ? stem(seriesTok.lower) : runsOff ? stem('runs') : capped ? stem('caps') : partOfBody ? stem('members') : headTok ? stem(headTok.lower) : undefined);
  const headEnd = result !== undefined || ranking || minute ? undefined : headTok?.end;
  // The cases a disease report counts are people, and what it says of them is the outcome:
  // "14 cases had died" counts deaths, as "14 patients died" does, not infections.
  const headIndex = headTok ? tokens.indexOf(headTok, b) : -1;
  const caseDeaths = headTok !== undefined && conceptOf(headTok.lower) === 'infected'
    && caseOutcome(tokens.slice(headIndex + 1, headIndex + 1 + CASE_OUTCOME_REACH));
  if (headTok && !caseDeaths) {
    // The head's own concept outranks any verb nearby: "using two drones" counts drones.
    const hc = conceptOf(headTok.lower);
    if (hc) addConcept(hc, 0);
  }
  let rightJoin = 0;
  // A partitive ("two-thirds of the [300] delegates voted"): the figure counts the whole set and
  // the verb after its noun belongs to the part, so past the head it is only context.
  const partitive = tokens[a - 1]?.lower === 'of' || (HEAD_SKIP.has(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.lower === 'of');
  const said = attributionStart(tokens, b, sb);
  for (let i = b, d = 1; i < sb && d <= WINDOW; i++, d++) {
    const t = tokens[i];
    if (!t) break;
    // "…, NASA's chief scientist has predicted": who said it is no word of what is counted.
    if (i >= said) break;
    if (partitive && headIndex >= 0 && i > headIndex) rightBroken = true;
    if (isBreak(t)) { rightBroken = true; continue; }
    if (JOINS.has(t.lower)) { rightJoin = 2; continue; }
    // "120 staff and 80 players": past a join, a figure of its own takes the words after it.
    if (rightJoin > 0 && t.type === 'num') rightBroken = true;
    // The number of a name ("COVID-19") is part of its word, not a word further from the figure.
    if (numberedName(tokens, i)) { i++; d--; continue; }
    if (t.type !== 'word') continue;
    const c = conceptOf(t.lower);
    if (c) addConcept(c, (rightBroken ? d + 4 : d) + rightJoin);
    if (isStopword(t.lower) || HEDGE_WORDS.has(t.lower)) continue;
    const s = stem(t.lower);
    if (d <= 4 && !rightBroken) near.add(s); else window.add(s);
  }
  // Multi-word phrases ("lost their lives", "death toll") in the sentence window.
  for (let i = Math.max(sa, a - WINDOW); i < Math.min(sb, b + WINDOW); i++) {
    const first = tokens[i]?.lower;
    if (first === undefined || !PHRASE_STARTS.has(first)) continue;
    for (const [words, concept] of CONCEPT_PHRASES) {
      let ok = true;
      for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) { ok = false; break; }
      if (ok) {
        const d = i >= b ? i - b + 1 : Math.max(1, a - (i + words.length - 1));
        let joined = 0;
        const [from, to] = i >= b ? [b, i] : [i + words.length, a];
        for (let k = from; k < to; k++) if (JOINS.has(tokens[k]?.lower ?? '')) joined = 2;
        addConcept(concept, d + joined);
      }
    }
  }
  if (caseDeaths) seen.delete('infected');
  for (const [concept, distance] of seen) concepts.push({ concept, distance });
  concepts.sort((x, y) => x.distance - y.distance);
  if (head !== undefined) { near.delete(head); window.delete(head); }
  const frame: { concepts: typeof concepts; near: Set<string>; window: Set<string>; head?: string; headEnd?: number; compound?: string } = { concepts, near, window };
  const hyphen = tokens[b];
  const joined = tokens[b + 1];
  if (b < sb && hyphen && (hyphen.text === '-' || hyphen.text === '‑') && !hyphen.spaced && joined && joined.type === 'word' && !joined.spaced) frame.compound = stem(joined.lower);
  if (head !== undefined) frame.head = head;
  if (headEnd !== undefined) frame.headEnd = headEnd;
  return frame;
}

export interface FrameMatch {
  /** Total evidence that both count the same thing; negative when they clash. */
  readonly score: number;
  /** The part of it that comes from surrounding words, not the concept or head noun alone. */
  readonly context: number;
  /** One counts a subset of the other ("seriously injured" within "injured"): never a conflict. */
  readonly subset: boolean;
}

/** How strongly two frames say the same thing is being counted. */
export function frameMatch(d: Frame, s: Frame, counts = false): FrameMatch {
  let score = 0;
  let subset = false;
  const dp = d.concepts[0];
  const sp = s.concepts[0];
  if (dp && sp && dp.distance <= 6 && sp.distance <= 8) {
    if (dp.concept === sp.concept) score += 3;
    else if (BROADER[dp.concept] === sp.concept || BROADER[sp.concept] === dp.concept) {
      // "6 seriously [injured]" and "Six of the injured … in serious condition": the narrower
      // concept named anywhere near makes it the same subset; otherwise only related.
      const narrow = BROADER[dp.concept] === sp.concept ? dp.concept : sp.concept;
      const other = narrow === dp.concept ? s : d;
      score += other.concepts.some((c) => c.concept === narrow && c.distance <= 10) ? 3 : 2;
      subset = !other.concepts.some((c) => c.concept === narrow && c.distance <= 10);
    }
    else if (s.concepts.some((c) => c.concept === dp.concept && c.distance <= 8) || d.concepts.some((c) => c.concept === sp.concept && c.distance <= 6)) score += 1;
    // "313 plants with an estimated street value" and "found 313 cannabis plants and arrested a
    // man": the same things counted (a head naming neither people nor a concept), so what is near
    // them in either sentence is its other news, not a clash of what they count.
    else if (!sameThings(d, s) && !peopleNamedByConcept(d, s) && !peopleNamedByConcept(s, d)) score -= 2;
  } else if (dp && dp.distance <= 6 && s.concepts.some((c) => c.concept === dp.concept)) score += 1.5;
  // A synonym is the same noun: "15,000 fans" and "the 15,000 spectators".
  if (d.head !== undefined && (d.head === s.head || synonymousHeads(d.head, s.head))) score += GENERIC_HEADS.has(d.head) ? 0.5 : 2;
  else if (d.head !== undefined && !GENERIC_HEADS.has(d.head) && (s.near.has(d.head))) score += 1;
  // Words that only restate the matched concept ("sales" for revenue) are not further context.
  // A shared verb of what happened ("executed") still is context; a topic noun ("sales") is not.
  const matched = dp && sp && dp.concept === sp.concept && !EVENT_CONCEPTS.has(dp.concept) ? dp.concept : undefined;
  const restates = (w: string): boolean => matched !== undefined && conceptOf(w) === matched;
  let nearShared = 0;
  for (const w of d.near) if (s.near.has(w) && !restates(w)) nearShared++;
  let winShared = 0;
  for (const w of d.near) if (!s.near.has(w) && s.window.has(w) && !restates(w)) winShared++;
  for (const w of d.window) if ((s.near.has(w) || s.window.has(w)) && !restates(w)) winShared++;
  let context = Math.min(nearShared, 3) + Math.min(winShared * 0.25, 1.5);
  // The same figure next to both ("457 deaths in 25 countries" / "457 deaths … in 21 countries").
  if (d.neighbours && s.neighbours) for (const v of d.neighbours) if (s.neighbours.has(v)) { context += 1; break; }
  // Different, specific head nouns ("25 countries" / "37 cases") count different things.
  if (d.head !== undefined && s.head !== undefined && d.head !== s.head && !GENERIC_HEADS.has(d.head) && !GENERIC_HEADS.has(s.head)
    && !s.near.has(d.head) && !d.near.has(s.head) && !headsAgree(d.head, s.head)) score -= 1;
  const specificHead = (f: Frame): boolean => f.head !== undefined && !GENERIC_HEADS.has(f.head) && conceptOf(f.head) === undefined;
  // Counting people, both say what happened to them ("were killed" / "lost their lives"): that is context
  // in itself, unlike a shared head noun ("530 drones" / "two drones").
  if (counts && !specificHead(d) && !specificHead(s) && dp && sp && dp.concept === sp.concept && EVENT_CONCEPTS.has(dp.concept) && dp.distance >= 1 && sp.distance >= 1 && dp.distance <= 4 && sp.distance <= 4) context += 1;
  return { score: score + context, context, subset };
}

/** Whether the figure in tokens [a, b) is an ordinal: "fourth", "20th". */
function ordinalFigure(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]?.lower ?? '';
  return b - a >= 1 && (ORDINALS[last] !== undefined || /^(?:st|nd|rd|th)$/.test(last) || /^\d+(?:st|nd|rd|th)$/.test(last));
}

/**
 * "More than 800 residents were moved" and "more than 800 people were evacuated": a noun for people
 * that carries a concept of its own (residents: population) says who was counted, not what
 * happened to them, so against the general word for people on the other side it is the same
 * people, and the other side's verb is news the draft tells in other words, not a clash.
 */
function peopleNamedByConcept(a: Frame, b: Frame): boolean {
  const c = a.concepts[0];
  return c !== undefined && c.distance === 0 && a.head !== undefined && conceptOf(a.head) === c.concept && isSubgroup(a.head, b.head);
}

/** Both frames count the same specific things, not people: "313 plants" and "313 cannabis plants". */
function sameThings(d: Frame, s: Frame): boolean {
  return d.head !== undefined && d.head === s.head && !GENERIC_HEADS.has(d.head) && conceptOf(d.head) === undefined && !namesPeople(d.head);
}

export function frameScore(d: Frame, s: Frame): number {
  return frameMatch(d, s, false).score;
}

/**
 * "one member of Mr Biden's team": a name in the possessive after a container noun's "of" owns
 * the group; the figure still counts members, as "one member of his team" does.
 */
function possessiveName(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < at + 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
    if (/['’]s$/.test(t.text)) return true;
  }
  return false;
}
