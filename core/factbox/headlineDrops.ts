// The few words a fact-box bullet may leave out of its sentence without a reader noticing:
// photo directions, "that" after a verb of saying, "on" before a date, "also". Headline
// style that drops articles and auxiliaries was tried and read as garbled ("as result", "have
// go", "suspended week"), so the bullet keeps the sentence's own grammar. Dropping never
// changes a figure, and the bullet consists only of the source's own words, in its order.
import { STOP_WORDS, type FactToken } from './factText.ts';

/** Irregular past participles that are also the simple past: "has won" → "won". */
const PAST_LIKE_PARTICIPLES = new Set((
  'hit hurt shot struck told sold left sent caught brought bought built kept led paid put set spent won ' +
  'made found held cut let quit shut spread bound fought sought taught thought dealt felt meant lost hung ' +
  'stuck understood heard fed fled laid got slid swept upheld forecast thrust wound'
).split(' '));
/** Irregular past participles that differ from the simple past: a passive may drop its "was", a perfect keeps "has". */
const OTHER_PARTICIPLES = new Set((
  'born given taken seen known shown thrown beaten stolen done gone written driven chosen fallen forgotten ' +
  'frozen hidden risen spoken sworn torn worn broken bitten eaten drawn grown blown flown become come begun ' +
  'sunk withdrawn overtaken mistaken forbidden forgiven gotten slain arisen awoken ridden shaken spun strewn ' +
  'striven trodden undergone woven'
).split(' '));
/** Words ending in -ed that are not participles. */
const NOT_PARTICIPLES = new Set(['need', 'feed', 'seed', 'speed', 'bleed', 'breed', 'greed', 'weed', 'deed', 'creed', 'bed', 'red', 'shed', 'led', 'fled', 'wed', 'sled', 'embed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'indeed', 'ted', 'ed', 'fred', 'ned', 'jed', 'reed', 'steed', 'tweed', 'heed', 'shred']);
/** Verbs of saying and believing, after which "that" only introduces the reported fact. */
const REPORTING_VERBS = new Set((
  'said says say claimed claims claim believe believes believed insists insisted insist admitted admits ' +
  'revealed reveals found finds suggests suggested warned warns announced confirmed confirms thinks think ' +
  'thought know knows knew argued argues stated showed shows reported added explained noted alleged alleges ' +
  'realised realized feared fears hopes hoped ruled decided agreed denied denies estimated estimates'
).split(' '));
/** Opening of a parenthetical about the page's photos. */
const PHOTO_NOTE = /^\((?:pictured|picture|photo|left|right|centre|center|above|below|top|bottom|inset|file)\b/i;
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)$/;
/** Adverbs a headline leaves out: they qualify a fact without stating one. */
const FILLER_ADVERBS = /^(?:also|currently)$/;
/**
 * The writer's comment on an event, before the verb that states it: "was tragically killed",
 * "sensationally beat", "miraculously survived". The event is the fact; how the writer feels
 * about it is not, and the words it costs are better spent on the story ("eight months after his
 * brother was killed in the same spot" fits a bullet where the adorned version did not).
 */
const COMMENT_ADVERBS = /^(?:tragically|sadly|cruelly|miraculously|sensationally|spectacularly|shockingly|heartbreakingly|incredibly|remarkably|astonishingly|amazingly|unbelievably)$/;
/** "exactly the same", "precisely the same": the same spot is the same spot. */
const SAME_EMPHASIS = /^(?:exactly|precisely)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * The writer's intensifiers: "a staggering 71 per cent", "the jaw-dropping artwork". A fact box
 * states the fact and lets the reader judge it, so they go, unless they are what is said ("He
 * is a remarkable man"). Words of size go only before a figure, which states the size itself
 * ("a hefty 22lbs", "a whopping £2m"; not "a massive fire"). "a" or "an" before the figure goes
 * with them: "soared by 71 per cent".
 */
const INTENSIFIERS = /^(?:staggering|jaw-dropping|eye-watering|mind-boggling|astonishing|astounding|incredible|amazing|stunning|remarkable|extraordinary|breathtaking|whopping)$/;
const SIZE_WORDS = /^(?:massive|hefty|huge|colossal|enormous|mere|paltry|healthy|healthier|modest|tidy|cool)$/;
const COPULAS = /^(?:is|are|was|were|be|been|being|become|became|seems?|looks?)$/;
const DETERMINERS = /^(?:a|an|the|this|these|those|its|his|her|their|our)$/;
/** A figure's first token: digits, a currency sign or a number word. */
const FIGURE_START = /^(?:[$£€¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b)/i;

/** A past participle of any kind: "signed", "known", "born". */
export function isParticiple(lower: string): boolean {
  return isPastLike(lower) || OTHER_PARTICIPLES.has(lower);
}

/** A regular participle, or an irregular one that reads the same as the simple past. */
function isPastLike(lower: string): boolean {
  return PAST_LIKE_PARTICIPLES.has(lower) || (lower.length > 3 && lower.endsWith('ed') && !NOT_PARTICIPLES.has(lower));
}

/** Function words no sentence gives twice in a row ("the the", "to to"): a typing slip when it does. */
const DOUBLED_WORDS = /^(?:the|a|an|to|of|in|on|at|for|and|or|is|was|be|by|with|from)$/;

/**
 * Which tokens a bullet may leave out without touching the sentence's grammar: photo directions,
 * "that" after a verb of saying, "on" before a weekday or date (AP style), and the adverbs
 * "also" and "currently". Articles, determiners and auxiliaries always stay: a reader marks
 * "as result", "in number of", "have go" or "suspended week" ungrammatical, and "was"/"has been"
 * dropped from a clause reads as a caption. `keep` marks tokens that belong to a figure.
 */
export function headlineDrops(tokens: readonly FactToken[], keep: readonly boolean[]): boolean[] {
  const drop = tokens.map(() => false);
  const plain = (i: number) => {
    const t = tokens[i];
    // Only a bare word can go: punctuation glued to it ("was,") marks a boundary worth keeping.
    return t !== undefined && !keep[i] && /^[\p{L}’']+$/u.test(t.raw);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Photo directions — "(pictured)", "(left)", "(pictured, a fighter from …)" — describe
    // the page's pictures, which the fact box does not show.
    if (PHOTO_NOTE.test(t.raw) && !keep[i]) {
      let j = i;
      while (j < tokens.length && j < i + 12 && !/\)[,.;:]?$/.test(tokens[j]!.raw)) j++;
      if (j < tokens.length && j < i + 12) {
        for (let k = i; k <= j; k++) drop[k] = !keep[k];
        i = j;
        continue;
      }
    }
    const after = tokens[i + 1]?.raw ?? '';
    const beforeFigure = FIGURE_START.test(after);
    if (!keep[i] && /^[\p{L}-]+$/u.test(t.raw) && i > 0 && DETERMINERS.test(tokens[i - 1]!.raw.toLowerCase()) && !COPULAS.test(tokens[i - 2]?.lower ?? '')
      && (INTENSIFIERS.test(t.raw.toLowerCase()) || (SIZE_WORDS.test(t.lower) && beforeFigure)) && /^[\p{L}\d$£€¥]/u.test(after)) {
      drop[i] = true;
      if (/^an?$/.test(tokens[i - 1]!.lower) && beforeFigure) drop[i - 1] = true;
      continue;
    }
    if (!plain(i)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    // "changes to the the national curriculum tests": a function word typed twice is the source's
    // slip, and the bullet says it once.
    if (i > 0 && DOUBLED_WORDS.test(t.lower) && tokens[i - 1]!.raw.toLowerCase() === t.lower) {
      drop[i] = true;
      continue;
    }
    if (FILLER_ADVERBS.test(t.raw)) {
      // "also altered", "are currently two points ahead": no fact lost.
      drop[i] = true;
    } else if (COMMENT_ADVERBS.test(t.raw) && i > 0 && (!COPULAS.test(tokens[i - 1]!.lower) || isParticiple(next)) && /^\p{Ll}+$/u.test(tokens[i + 1]?.raw ?? '') && !STOP_WORDS.has(next)) {
      // Only before the verb it comments on: never opening the sentence ("Incredibly, she …" is
      // cut with its comma elsewhere), nor after a copula but before a participle, where it is
      // what is said ("was remarkably close", not "was tragically killed").
      drop[i] = true;
    } else if (SAME_EMPHASIS.test(t.raw) && next === 'the' && tokens[i + 2]?.lower === 'same') {
      drop[i] = true;
    } else if (t.lower === 'that' && i > 0 && REPORTING_VERBS.has(tokens[i - 1]!.lower) && /^[\p{L}]/u.test(tokens[i - 1]!.raw.slice(-1))
      && !/^(?:is|was|are|were|has|had|will|would|could|can|may|might|should|must|did|does)$/.test(next)) {
      // "said that the man …" → "said the man …"; not "said that was wrong", where "that" is the subject.
      drop[i] = true;
    } else if (t.raw === 'on' && !/,$/.test(tokens[i - 1]?.raw ?? '') && (WEEKDAYS.test(next) || MONTHS.test(next) || (/^\d{1,2}(st|nd|rd|th)?$/.test(next) && MONTHS.test(tokens[i + 2]?.lower ?? '')))) {
      // AP style: "Friday", "April 6", "26 August" need no "on". Not a date that opens its clause
      // after a comma ("As the Red Army closed in, on 21 January, 1945 German guards …"): there
      // "on" is what marks it as the clause's time.
      drop[i] = true;
    }
  }
  // "aged 5, the 3 others" must not close up to "5, 3", which reads as one number.
  for (let i = 0; i < tokens.length; i++) {
    if (!drop[i]) continue;
    let j = i;
    while (j < tokens.length && drop[j]) j++;
    if (i > 0 && /\d[,.]$/.test(tokens[i - 1]!.raw) && /^\d/.test(tokens[j]?.raw ?? '')) for (let k = i; k < j; k++) drop[k] = false;
    i = j;
  }
  return drop;
}
