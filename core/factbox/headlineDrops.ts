// Fact boxes are written in headline style ("Mason jailed for 15 months", "Locke confirmed
// Friday"): the grammatical words a headline leaves out cost the reader time and the box its
// twelve-word budget without adding a fact. Dropping them never changes a figure, and the
// bullet still consists only of the source's own words, in the source's order.
import type { FactToken } from './factText.ts';

/** Finite forms of "be" and "have" that a headline leaves out before a participle. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
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
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that', 'this', 'there']);
/** Opening of a parenthetical about the page's photos. */
const PHOTO_NOTE = /^\((?:pictured|picture|photo|left|right|centre|center|above|below|top|bottom|inset|file)\b/i;
/** Possessive determiners a headline leaves out before their noun. */
const POSSESSIVES = new Set(['his', 'their', 'its', 'her']);
const AFTER_PREPOSITION = new Set(['to', 'of', 'for', 'with', 'on', 'in', 'at', 'by', 'from', 'about', 'into', 'over', 'against', 'outside', 'inside', 'near']);
/** Words after a possessive that show it is not a determiner of a plain noun ("his own"). */
const FUNCTION_WORDS = new Set(['own', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'who', 'which', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would']);
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)$/;
/** A duration figure: "15 months", "one week", "two and a half years". */
const DURATION = /^(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s(\w+\s)?(minutes?|hours?|days?|weeks?|months?|years?)\b/;
/** Words after which "that"/"being" is not a relative or a participle's auxiliary. */
const NOT_A_NOUN = new Set(['so', 'such', 'now', 'and', 'or', 'but', 'after', 'before', 'since', 'for', 'of', 'by', 'from', 'about', 'without', 'despite', 'on', 'in', 'at', 'with', 'to', 'is', 'was', 'are', 'were', 'not', 'than']);
/** An object relative ("flag which protesters were trampling") keeps its verb whole. */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom', 'whose']);
/** Adverbs a headline leaves out: they qualify a fact without stating one. */
const FILLER_ADVERBS = /^(?:also|currently|just)$/;
/** Present "be": the only one a headline's progressive ("Bowe offering") leaves out. */
const PRESENT_BE = /^(?:is|are)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A past participle of any kind: "signed", "known", "born". */
export function isParticiple(lower: string): boolean {
  return isPastLike(lower) || OTHER_PARTICIPLES.has(lower);
}

/** A regular participle, or an irregular one that reads the same as the simple past. */
function isPastLike(lower: string): boolean {
  return PAST_LIKE_PARTICIPLES.has(lower) || (lower.length > 3 && lower.endsWith('ed') && !NOT_PARTICIPLES.has(lower));
}

/**
 * Which tokens a headline would leave out: articles, the auxiliary of a passive or perfect
 * ("was jailed" → "jailed", "has been suspended" → "suspended", ", who was jailed" → ",
 * jailed"), "that" after a verb of saying, "on" before a weekday (AP style), and the adverbs
 * "also", "currently" and "just". `keep` marks
 * tokens that belong to a figure ("a dozen"), which stay whole.
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
    if (!plain(i)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    if (FILLER_ADVERBS.test(t.raw)) {
      // "also altered", "are currently two points ahead", "acts just like": no fact lost.
      drop[i] = true;
      continue;
    }
    if (/^(a|an|the)$/.test(t.lower) && (i > 0 ? t.raw === t.lower : true)) {
      drop[i] = true;
    } else if (/^(is|are|was|were)$/.test(t.raw) && i > 0 && !PRONOUNS.has(tokens[i - 1]!.lower) && !/[,;:–—-]$/.test(tokens[i - 1]!.raw) && !NOT_A_NOUN.has(tokens[i - 1]!.lower)
      && plain(i + 1) && (next === 'to' || (/^\p{Ll}+ing$/u.test(tokens[i + 1]!.raw) && PRESENT_BE.test(t.raw)) || /^(set|due|expected|likely|unlikely)$/.test(next)) && !RELATIVE_PRONOUNS.has(tokens[i - 2]?.lower ?? '') && !/^(being|going|nothing|something|everything|king|thing|evening|morning|building|ring|wing|sing|spring|string|sling|bring|sting|swing)$/.test(next)) {
      // Headline tenses: "story is to be told" → "story to be told", "Bowe is offering" →
      // "Bowe offering", "Pama is set to return" → "Pama set to return". A past progressive
      // has no headline form: "man was travelling" → "man travelling" reads as a caption.
      drop[i] = true;
    } else if (AUXILIARIES.has(t.lower) && t.raw === t.lower) {
      // "has been jailed": both auxiliaries go; "has been a factor" keeps its verb.
      const beenAt = next === 'been' && plain(i + 1) ? i + 1 : -1;
      const verb = tokens[beenAt >= 0 ? i + 2 : i + 1];
      if (!verb || !/^\p{Ll}/u.test(verb.raw)) continue;
      const passive = beenAt >= 0 || /^(is|are|was|were)$/.test(t.lower);
      // "has taken" cannot become "taken"; "was taken" can (headline passive).
      if (!(isPastLike(verb.lower) || (passive && OTHER_PARTICIPLES.has(verb.lower)))) continue;
      const prev = tokens[i - 1];
      // "alleged to have assaulted", "could have died": the auxiliary is part of the verb form.
      if (prev && /^(to|will|would|could|should|may|might|must|can|shall)$/.test(prev.lower)) continue;
      // ", who was jailed …" reads as ", jailed …".
      // "videos that were found" reads as "videos found": a reduced relative, passive only,
      // after a noun (not "said that", not "so that").
      const before = tokens[i - 2];
      const reduced = passive && prev !== undefined && (prev.lower === 'who' || prev.lower === 'which' || prev.lower === 'that') && plain(i - 1)
        && before !== undefined && /^[\p{L}’']+$/u.test(before.raw) && !REPORTING_VERBS.has(before.lower) && !NOT_A_NOUN.has(before.lower);
      // Only a passive reduces (", who was jailed" -> ", jailed"): ", who had picked him" -> ",
      // picked him" would read as a second verb of the subject.
      const relative = reduced || (passive && prev !== undefined && (prev.lower === 'who' || prev.lower === 'which') && plain(i - 1) && /,$/.test(tokens[i - 2]?.raw ?? ''));
      // "He was hit by a car" must not become "He hit by car": with a pronoun subject a
      // passive reads as active. After an aside (", only named as Mr Zhang, was …") the
      // auxiliary is what joins the predicate back to its subject.
      if (!relative && prev && ((passive && PRONOUNS.has(prev.lower)) || /,$|^[–—-]+$/.test(prev.raw))) continue;
      drop[i] = true;
      if (beenAt >= 0) drop[beenAt] = true;
      if (relative) drop[i - 1] = true;
    } else if (t.lower === 'that' && i > 0 && REPORTING_VERBS.has(tokens[i - 1]!.lower) && /^[\p{L}]/u.test(tokens[i - 1]!.raw.slice(-1))) {
      drop[i] = true;
    } else if (t.raw === 'on' && (WEEKDAYS.test(next) || MONTHS.test(next) || (/^\d{1,2}(st|nd|rd|th)?$/.test(next) && MONTHS.test(tokens[i + 2]?.lower ?? '')))) {
      // AP style: "Friday", "April 6", "26 August" need no "on".
      drop[i] = true;
    } else if (t.lower === 'being' && i > 0 && !NOT_A_NOUN.has(tokens[i - 1]!.lower) && plain(i + 1) && (isPastLike(next) || OTHER_PARTICIPLES.has(next))) {
      // "with the former Hearts boss being given a deal" → "boss given deal"; not "after being arrested".
      drop[i] = true;
    } else if (t.raw === 'for' && i > 0 && isPastLike(tokens[i - 1]!.lower) && DURATION.test(tokens.slice(i + 1, i + 4).map((x) => x.lower).join(' '))) {
      // "jailed for 15 months" → "jailed 15 months".
      drop[i] = true;
    } else if (POSSESSIVES.has(t.raw) && i > 0 && plain(i + 1) && /^\p{Ll}/u.test(tokens[i + 1]!.raw) && !FUNCTION_WORDS.has(next)
      && (AFTER_PREPOSITION.has(tokens[i - 1]!.raw) || (t.raw !== 'her' && isPastLike(tokens[i - 1]!.raw) && !REPORTING_VERBS.has(tokens[i - 1]!.raw)))) {
      // "paid tribute to his players", "covered his face": an object's noun stands alone in a
      // headline. A subject keeps it ("said his brother died"); "her" may itself be the object
      // ("told her"), so it goes only after a preposition.
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
