// Compression that only deletes what leaves the same meaning. A bullet is a sentence of the
// source with some of these taken out, never a splice of two clauses: who did what to whom
// stays as the source put it. Safe to delete, in the order they are tried:
//   always   a picture caption run into the sentence, a caption label ("Wanted:"), a wire
//            dateline ("Kathmandu, Nepal (CNN)"), a leading connective ("But", "However,"),
//            a closing attribution (", police said", ", according to …", ", said X, spokesman …")
//   asides   dashes, brackets, relative clauses and appositives between commas (also in a
//            version that keeps the asides stating a figure)
//   hedge    a hedged second predicate between a reaction and its cause ("suspended for one week
//            [and could face further punishment] after video surfaced of …")
//   deed     a background phrase before a closing "when he …" clause ("dent in City's chances
//            [after a run of four losses away,] when he scored Palace's first goal")
//   opening  a leading adverbial up to its comma ("On Tuesday, …", "After the defeat, …")
//   tail     a trailing clause or phrase after the main clause (", and …", ", who …",
//            ", leaving …", " after …", " - exactly eight weeks after …", "; …", a closing
//            participle phrase on its noun: "in a video [recorded at …]")
// A sentence none of whose versions fits the box is not used: the box takes another sentence.
import { STOP_WORDS, type FactToken } from './factText.ts';
import { isParticiple } from './headlineDrops.ts';
import { isIrregularPast } from './bulletShape.ts';
import { verbForm } from './verbForm.ts';

export interface Compression {
  /** Token ranges [start, end) of the sentence that the bullet keeps. */
  readonly segments: readonly (readonly [number, number])[];
  /** How much of the sentence's sense survives (1 = all of it): weights the bullet's rank. */
  readonly quality: number;
  /** A trailing clause was cut off: the version says less than the sentence's main clause did. */
  readonly tailCut?: boolean;
}

export interface SentenceShape {
  readonly tokens: readonly FactToken[];
  /** Asides [start, end) that can be left out whole. */
  readonly asides: readonly (readonly [number, number])[];
  /** Token indices a cut may not fall before (inside a figure). */
  readonly noCutBefore: ReadonlySet<number>;
  /** Where a picture caption ran into the sentence with no full stop. */
  readonly gluedAt: readonly number[];
  /** False when the tokens stop before the sentence does: only a cut tail then ends a version. */
  readonly complete: boolean;
  /** Token indices that state a figure: an aside holding one is a fact, not an aside to drop. */
  readonly figureAt?: ReadonlySet<number>;
  /**
   * For a sentence none of whose versions fits a bullet: also leave out a time between subject
   * and verb ("McHenry [this week] found herself …") and a closing place ("an employee of a tow
   * company [in Arlington, Virginia]"). Details a reader can spare, so only when they must go.
   */
  readonly squeeze?: boolean;
}

/** Rank weights of each kind of deletion: a dropped opening or tail loses some of the news. */
const OPENING_DROPPED = 0.95;
const TAIL_DROPPED = 0.85;
/** A statement needs at least this many words before a tail may be cut off. */
const MIN_MAIN_CLAUSE = 4;
/** Longest closing attribution in tokens (", his son and daughter, Donavan and Donna Freberg, confirmed to The Hollywood Reporter"). */
const MAX_ATTRIBUTION = 15;
/** Longest leading adverbial in tokens. */
const MAX_OPENING = 16;

const DASH = /^(?:[–—]|--?)$/;
/** Nouns by which a clause refers back to an organisation its attribution named: "the agency", "the department". */
const ORG_NOUNS = /^(?:agency|department|force|company|firm|group|organisation|organization|council|authority|ministry|service|board|office|bureau|institute|commission|committee|charity)$/;
/** Tokens after an opening attribution within which the clause's subject stands ("in December 2014, the agency"). */
const ORG_REACH = 8;
/** Words that tell what befell someone: a clause holding one is the news, not a scene to cut. */
const OUTCOME_WORDS = /^(?:killed|killing|kills|died|dies|dead|death|injured|injuring|wounded|hurt|arrested|charged|jailed|murdered|shot|stabbed|drowned|crushed)$/;
/** Sentence-initial connectives that join to the story, not to anything the bullet keeps. */
const CONNECTIVES = new Set(['and', 'but', 'so', 'or', 'also', 'meanwhile', 'however', 'additionally', 'moreover', 'furthermore', 'instead', 'yet', 'now', 'today', 'still', 'indeed', 'certainly', 'then', 'elsewhere']);
/** Connectives that are dropped only when a comma sets them off ("Now, Hollywood …", not "Still unclear …", "Elsewhere in Europe …"). */
const COMMA_CONNECTIVES = new Set(['now', 'today', 'also', 'still', 'indeed', 'certainly', 'then', 'elsewhere']);
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'say', 'reported', 'reports', 'added', 'told', 'confirmed', 'stated', 'explained', 'revealed', 'claimed', 'announced', 'heard', 'wrote', 'tweeted', 'insisted', 'admitted', 'warned']);
/** Verbs that open an inverted attribution: ", said Pushparam K.C., spokesman for …". */
const INVERTED_ATTRIBUTION = new Set(['said', 'says', 'added', 'explained']);
/**
 * Words after which "after" or "before" measures time and belongs to the clause ("days after");
 * "time" too: "it's just a matter of time [before we find life]" says nothing without it.
 */
const TIME_MEASURES = new Set('days weeks months years hours minutes seconds moments day week month year hour minute time shortly soon just long only even right straight immediately'.split(' '));
/**
 * Words whose sense a following time phrase bounds: "a first appearance since February" is a
 * return, "a first appearance" a debut; "the last time until June", "again after a year".
 */
const BOUNDED_BY_TIME = new Set(['first', 'last', 'again', 'ever', 'never', 'latest', 'earliest']);
/** The words that open such a bounding time phrase. */
const TIME_BOUNDS = new Set(['since', 'until', 'till', 'before', 'after']);

/** Whether the phrase opening at c bounds a "first", "last" or "again" in its clause, so cannot go. */
function boundsTime(tokens: readonly FactToken[], s: number, c: number): boolean {
  if (!TIME_BOUNDS.has(tokens[c]!.lower)) return false;
  for (let k = c - 1; k >= s && k > c - 8; k--) {
    const w = tokens[k]!;
    if (BOUNDED_BY_TIME.has(w.lower.replace(/[,;:]+$/, ''))) return true;
    if (k < c - 1 && /[,;:]$/.test(w.raw)) return false;
  }
  return false;
}
/**
 * Words that open a leading adverbial: "On Tuesday, …", "After the defeat, …". Not "if" nor
 * "unless": a condition is the frame of what follows ("If you include the double points, Hamilton
 * has scored 286 from 300"), and without it the clause claims more than the source.
 */
const OPENING_WORDS = new Set((
  'in on at after before during when while as since following earlier later last yesterday today ' +
  'speaking despite amid although though because once with without by under over for from ' +
  'within across throughout according until upon whilst'
).split(' '));
/** Opening phrases that only link a sentence to the one before it. */
const LINKING_OPENERS: readonly (readonly string[])[] = [['in', 'response'], ['in', 'reply'], ['as', 'a', 'result'], ['in', 'turn'], ['in', 'return'], ['however'], ['meanwhile'], ['instead'], ['nevertheless'], ['nonetheless'], ['in', 'addition'], ['on', 'top', 'of', 'that']];
/** A time adverbial that opens a sentence without a comma: "On Thursday", "Last night", "On April 6". */
const TIME_OPENING = /^(?:[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))|[Ll]ast\s+(?:night|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Ee]arlier\s+this\s+(?:week|month|year))(?=\s|$)/;
/** Words that may open the subject after a leading adverbial. */
/** Quantities open a subject too: "In scenes more familiar in refugee camps, scores of Syrians wait …". */
const SUBJECT_START = /^(?:\p{Lu}|\d|the$|a$|an$|his$|her$|their$|its$|police$|officials$|he$|she$|they$|it$|we$|one$|two$|three$|four$|five$|scores$|dozens$|hundreds$|thousands$|millions$|many$|several$|some$|most$|both$)/u;
/** Words after a comma that open a tail the main clause does not need. */
const TAIL_AFTER_COMMA = new Set((
  'and but who which where after before as while when since following amid despite until because ' +
  'although though whilst including with leaving killing injuring prompting sparking causing ' +
  'according just only however'
).split(' '));
/** Subordinators that open a tail even without a comma ("was jailed after admitting fraud"). */
const TAIL_BARE = new Set(['after', 'because', 'before', 'until', 'while', 'whilst', 'despite', 'following', 'amid', 'since', 'including']);
/** Words before "as" that make it a comparison or a list, not a clause: "such as", "as well as", "the same as". */
const AS_NOT_CLAUSE_BEFORE = new Set(['such', 'well', 'same', 'so', 'just', 'known', 'regarded', 'seen', 'described', 'named', 'served', 'acted', 'works', 'worked', 'working']);
/** Words after "as" that open no clause of its own: "as well", "as part of", "as a result", "as expected". */
const AS_NOT_CLAUSE_AFTER = /^(?:well|much|many|part|a|an|if|though|soon|long|far|of|to|usual|expected|planned|promised|always|ever|such|one|many|good|high|low|little|few)$/;
/** Longest subject of an "as" clause before its verb, in tokens. */
const AS_SUBJECT = 10;

/** Whether tokens from `i` open an "as" clause: a subject and a finite verb, no punctuation between. */
function asClause(tokens: readonly FactToken[], i: number, e: number): boolean {
  if (AS_NOT_CLAUSE_AFTER.test(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k < Math.min(e, i + AS_SUBJECT); k++) {
    if (/[,;:.]$/.test(tokens[k - 1]!.raw)) return false;
    const form = verbForm(tokens[k]!.raw);
    if (form === 'past' || form === 'modal' || /^(?:is|are|has|have)$/.test(tokens[k]!.raw)) return true;
  }
  return false;
}

/** A verb with nothing after it yet: "videos were taken [before October 2011]" needs its tail. */
const BARE_PREDICATE = /^(?:is|are|was|were|be|been|being|has|have|had|said|says|\p{Ll}+ed|taken|given|seen|known|shown|done|gone|made|found|held|left|put|set|hit|shot|born|began|begun|came|arose)$/u;
const CAPTION_POINTER = /^(?:Left|Right|Above|Below|Top|Bottom|Centre|Center|Inset|Pictured|Picture|File),$/i;
/** Words that open a concession: "Despite …,", "Although …,". */
const CONCESSIVE = /^(?:Despite|Although|Though|While|Whilst)$/;
/** A wire credit token: "(CNN)", "(CNN)Rescuers", "(Reuters)". */
const CREDIT = /^\((?:CNN|AP|AFP|Reuters|EW\.com|CNN Student News)\)/;

/** The versions of a sentence a bullet may be, fullest first; [] when it is not a statement. */
export function compressions(shape: SentenceShape): Compression[] {
  const { tokens, asides, noCutBefore } = shape;
  const n = tokens.length;
  const body = bodyOf(shape);
  if (!body) return [];
  const [s0, e0] = body;
  const inside = asides.filter(([a, b]) => a > s0 && b <= e0 && !noCutBefore.has(a) && !(b < n && noCutBefore.has(b)));
  const out: Compression[] = [];
  const seen = new Set<string>();
  const add = (segments: [number, number][], quality: number, tailCut = false) => {
    const kept = segments.filter(([a, b]) => b > a);
    if (kept.length === 0) return;
    const key = kept.map(([a, b]) => `${a}-${b}`).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ segments: kept, quality, ...(tailCut ? { tailCut } : {}) });
  };
  // "The new stand (designed by …) - the club's first in 40 years - will hold 6,000 fans": an
  // aside that states a figure carries a fact the reader needs, so each version also comes with
  // only the figureless asides left out.
  const figureAt = shape.figureAt;
  const bare = figureAt ? inside.filter(([a, b]) => !range(a, b).some((i) => figureAt.has(i))) : inside;
  const versions = bare.length === inside.length ? [inside] : [inside, bare];
  // "… has been suspended for one week [and could face further punishment] after video surfaced
  // of her berating …": a hedged second predicate may go, so the cause still follows the news.
  const deed = adjunctBeforeDeed(tokens, s0, e0);
  const speaker = midAttribution(tokens, s0, e0);
  for (const gap of [hedgedConjunct(tokens, s0, e0), deed, relativeOfIndefinite(tokens, s0, e0)]) {
    if (gap) for (const v of [...versions]) versions.push([...v.filter(([a, b]) => b <= gap[0] || a >= gap[1]), gap].sort((x, y) => x[0] - y[0]));
  }
  if (shape.squeeze) {
    const gaps = [midTime(tokens, s0, e0), closingPlace(tokens, s0, e0), timeAfterParticiple(tokens, s0, e0), midPlace(tokens, s0, e0), occasionOfSpan(tokens, s0, e0)]
      .filter((g): g is [number, number] => g !== undefined);
    if (gaps.length === 0) return [];
    for (const v of [...versions]) versions.push([...v.filter(([a, b]) => gaps.every((g) => b <= g[0] || a >= g[1])), ...gaps].sort((x, y) => x[0] - y[0]));
    versions.splice(0, versions.length / 2);
  }
  const s1 = openingEnd(tokens, s0, e0, inside) ?? reportedClause(tokens, s0, e0);
  for (const asidesLeftOut of versions) {
    const without = (from: number, to: number): [number, number][] => {
      const segments: [number, number][] = [];
      let at = from;
      for (const [a, b] of asidesLeftOut) {
        if (a < at || b > to) continue;
        segments.push([at, a]);
        at = b;
      }
      segments.push([at, to]);
      return segments;
    };
    // "Blackburn should brace themselves for interest …[ following their run to the quarter-finals],
    // manager Gary Bowyer has said": a view keeps who holds it, so a version without the caption
    // or the tail keeps the closing attribution after it.
    const said = shape.complete ? closingAttribution(tokens, e0) : undefined;
    if (shape.complete) {
      add([[s0, e0]], 1);
      add(without(s0, e0), 1);
      if (s1 !== undefined) add(without(s1, e0), OPENING_DROPPED);
      if (said && s0 > 0) add([...without(s0, e0), said], 1);
    }
    // "… has died from bird flu[, health officials have said, the first …]": the attribution
    // between commas is where the statement it ends may stop.
    // "Despite only having qualified for one major tournament in 14 years, Belgium came to France
    // [as one of the favourites]": a concession sets up what the whole predicate says, so a
    // version that keeps it keeps the predicate's tail too (blind reading u8: the cut read as false).
    const concedes = CONCESSIVE.test(tokens[s0]?.raw ?? '');
    for (const c of [...tailCuts(tokens, s0, e0, inside, noCutBefore), ...(speaker ? [speaker[0]] : [])]) {
      // What the subject did is the news: no cut loses the deed a version can keep.
      if (deed && c <= deed[1]) continue;
      if (!(concedes && s1 !== undefined)) add(without(s0, c), TAIL_DROPPED, true);
      if (s1 !== undefined && c - s1 >= MIN_MAIN_CLAUSE) add(without(s1, c), TAIL_DROPPED * OPENING_DROPPED, true);
      // Not when the cut takes a quotation with it: the attribution is the quotation's then.
      if (said && !concedes && !range(c, said[0]).some((k) => /[“”"‘’']/.test(tokens[k]!.raw.replace(/\p{L}['’]\p{L}/gu, '')))) add([...without(s0, c), said], TAIL_DROPPED, true);
    }
  }
  return out;
}

/** A time phrase that can stand between a subject and its verb: "this week", "last night", "on Tuesday", "yesterday". */
const MID_TIME = /^(?:(?:this|last)\s+(?:week|weekend|month|year|morning|afternoon|evening|night)|yesterday|today|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/;

/**
 * "ESPN's Britt McHenry [this week] found herself in the news …": a time phrase right after a
 * named subject and before its verb, [start, end), which the sentence says the same without.
 */
function midTime(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + 1; i < Math.min(e - 2, s + 8); i++) {
    if (!/^\p{Lu}/u.test(tokens[i - 1]!.raw) || /[,;:]$/.test(tokens[i - 1]!.raw)) continue;
    for (const width of [1, 2]) {
      const phrase = tokens.slice(i, i + width).map((t) => t.raw).join(' ');
      const verb = tokens[i + width];
      if (MID_TIME.test(phrase) && verb && verbForm(verb.raw) !== undefined) return [i, i + width];
    }
  }
  return undefined;
}

/** A day and its part after a passive verb: "Thursday afternoon", "on Friday", "last night". */
const DAY_TIME = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|last\s+night|yesterday)$/;

/**
 * "… when he was spotted [Thursday afternoon] by the Houston Express": a day between a passive
 * participle and its agent says when, and the clause stands without it. Only before "by", where
 * the agent, not the day, completes the verb.
 */
function timeAfterParticiple(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + 1; i < e - 2; i++) {
    if (!/^(?:was|were|been|being)$/.test(tokens[i - 2]?.lower ?? '') || !isParticiple(tokens[i - 1]!.lower)) continue;
    for (const width of [1, 2, 3]) {
      const phrase = tokens.slice(i, i + width).map((t) => t.raw).join(' ');
      if (DAY_TIME.test(phrase) && tokens[i + width]?.raw === 'by') return [i, i + width];
    }
  }
  return undefined;
}

/** Words before a place that need it: "born in", "based at", "held in", "lives in". */
const NEEDS_PLACE = /^(?:born|based|held|located|situated|lives|lived|live|stays|stayed|remains|remained|arrived|landed|buried|staged|hosted|played|opened|is|are|was|were|be|been)$/;

/**
 * "… an employee of a tow company [in Arlington, Virginia]": a place phrase closing the sentence
 * on a noun, [start, e): "in" or "at", an optional "the", and capitalised words (a second name
 * after a comma: the state or country). Not after a verb that needs it ("was born in Leeds"), not
 * a month or a day, not one holding a figure.
 */
function closingPlace(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = e - 2; i > s + MIN_MAIN_CLAUSE && i >= e - 7; i--) {
    if (!/^(?:in|at)$/.test(tokens[i]!.raw)) continue;
    const before = tokens[i - 1]!;
    // Nor after a participle in "-ing", whose complement the place is: "on his ship drifting [in
    // the Atlantic Ocean]" leaves "drifting" hanging (blind reading r43).
    if (!/^\p{Ll}+$/u.test(before.raw) || NEEDS_PLACE.test(before.lower) || verbForm(before.raw) !== undefined || /^\p{Ll}{3,}ing$/u.test(before.raw)) return undefined;
    const rest = tokens.slice(tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1, e);
    const names = rest.every((t) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?[,.]?$/u.test(t.raw) && !CALENDAR.test(t.raw.replace(/[,.]$/, '')));
    return rest.length > 0 && rest.length <= 4 && names ? [i, e] : undefined;
  }
  return undefined;
}

/**
 * "… left their seats empty [at the Emirates Stadium] for the first 10 minutes …": a named place
 * inside the predicate, between what was done and a phrase that goes on to say for how long,
 * [start, end). The clause says the same without it; not after a verb that needs its place
 * ("was born in Leeds"), nor a place that holds a figure.
 */
function midPlace(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + MIN_MAIN_CLAUSE; i < e - 3; i++) {
    if (!/^(?:in|at)$/.test(tokens[i]!.raw)) continue;
    const before = tokens[i - 1]!;
    if (!/^\p{Ll}+$/u.test(before.raw) || NEEDS_PLACE.test(before.lower) || verbForm(before.raw) !== undefined) continue;
    let k = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const first = k;
    while (k < e && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.raw) && !CALENDAR.test(tokens[k]!.raw)) k++;
    if (k === first || k - first > 4 || k >= e - 2) continue;
    // Only before a length of time ("for the first 10 minutes"): before "at Derby before …" or "in
    // Sheffield" the place completes the verb or runs into a caption.
    if (/^(?:for|during|throughout)$/.test(tokens[k]!.raw)) return [i, k];
  }
  return undefined;
}

/**
 * "… for the first 10 minutes [of their lunchtime Barclays Premier League clash] in a protest …":
 * the occasion a span of time belongs to, told after it, [start, end), up to the next preposition;
 * the span stands without it as the story's own.
 */
function occasionOfSpan(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + MIN_MAIN_CLAUSE; i < e - 3; i++) {
    if (!/^(?:seconds|minutes|hours|days)$/.test(tokens[i]!.raw) || tokens[i + 1]?.raw !== 'of' || !/^(?:the|their|its|his|her)$/.test(tokens[i + 2]?.raw ?? '')) continue;
    for (let k = i + 3; k < Math.min(e - 2, i + 10); k++) {
      if (/[,;:]$/.test(tokens[k]!.raw)) return undefined;
      if (/^(?:in|on|as|after|before|amid|during)$/.test(tokens[k]!.raw)) return [i + 1, k];
    }
  }
  return undefined;
}

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The closing attribution bodyOf left out (", manager Gary Bowyer has said"): the tokens from
 * the body's end to the sentence's, when a comma sets them off and they end on a verb of saying
 * or a time after it.
 */
function closingAttribution(tokens: readonly FactToken[], e: number): [number, number] | undefined {
  const n = tokens.length;
  if (e >= n || e < 1 || !/,["'’”]?$/.test(tokens[e - 1]!.raw) || n - e > MAX_ATTRIBUTION) return undefined;
  const tail = tokens.slice(e).map((t) => t.lower);
  return tail.some((w) => ATTRIBUTION_VERBS.has(w)) && !tail.includes('according') ? [e, n] : undefined;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

/** The sentence without caption, caption label, dateline, connective and closing attribution. */
function bodyOf(shape: SentenceShape): [number, number] | undefined {
  const { tokens, gluedAt } = shape;
  const n = tokens.length;
  // What runs before a glued start is a picture caption.
  let s = gluedAt.length > 0 ? gluedAt[gluedAt.length - 1]! : 0;
  // A reviewer's score heading an item of a product list: "6/10 Dr Skin's lotion comes with …".
  if (/^\d{1,2}\/10$/.test(tokens[s]?.raw ?? '') && /^\p{Lu}/u.test(tokens[s + 1]?.raw ?? '')) s++;
  // Caption labels: "Wanted:", "Fighter ace:", "Tragic:".
  if (/^\p{Lu}[\p{L}'’-]*:$/u.test(tokens[s]?.raw ?? '') && /^[\p{Lu}\d‘'"“]/u.test(tokens[s + 1]?.raw ?? '')) s++;
  else if (/^\p{Lu}\p{Ll}+$/u.test(tokens[s]?.raw ?? '') && /^\p{Ll}+:$/u.test(tokens[s + 1]?.raw ?? '') && /^\p{Lu}/u.test(tokens[s + 2]?.raw ?? '')) s += 2;
  // Datelines: "Kathmandu, Nepal (CNN)Rescuers …", "(CNN) -- The …", "LONDON, England --".
  for (let i = s; i < Math.min(n, s + 8); i++) {
    if (CREDIT.test(tokens[i]!.raw)) {
      s = tokens[i]!.raw.replace(CREDIT, '') === '' ? i + 1 : i;
      break;
    }
    // A dateline opens in capitals ("LONDON, England --"); "Bader – who lost his legs –" is an aside.
    if (DASH.test(tokens[i]!.raw) && i > s && /^\p{Lu}{2,}/u.test(tokens[s]!.raw) && tokens.slice(s, i).every((t) => /^\p{Lu}{2,}|^\p{Lu}\p{Ll}*,?$/u.test(t.raw))) {
      s = i + 1;
      break;
    }
  }
  while (s < n && DASH.test(tokens[s]!.raw)) s++;
  // A heading in capitals run into the sentence: "NORTHAMPTON V SARACENS Courtney Lawes …".
  let caps = s;
  while (caps < n && /^\p{Lu}{2,}[\p{Lu}'’&.-]*$|^[Vv]$/u.test(tokens[caps]!.raw)) caps++;
  // "… (SATURDAY: Stadium MK, 3.15pm)": the fixture's details go with it.
  if (caps - s >= 2 && /^\(/.test(tokens[caps]?.raw ?? '')) {
    let close = caps;
    while (close < Math.min(n, caps + 8) && !/\)$/.test(tokens[close]!.raw)) close++;
    if (close < n && /\)$/.test(tokens[close]!.raw)) caps = close + 1;
  }
  if (caps - s >= 2 && caps < n && /^\p{Lu}\p{Ll}/u.test(tokens[caps]!.raw)) s = caps;
  if (s < n && CAPTION_POINTER.test(tokens[s]!.raw)) return undefined;
  // "Worryingly, the report warned …": a sentence adverb is the writer's comment, not the fact.
  if (/^\p{Lu}\p{Ll}+ly,$/u.test(tokens[s]?.raw ?? '') && s + 1 < n && SUBJECT_START.test(tokens[s + 1]!.raw)) s++;
  // So is one with its own qualifier: "Not surprisingly, she has since deleted the tweet",
  // "Perhaps unsurprisingly, …".
  else if (/^(?:Not|Perhaps|Rather|Somewhat|Quite|Most)$/.test(tokens[s]?.raw ?? '') && /^\p{Ll}+ly,$/u.test(tokens[s + 1]?.raw ?? '') && s + 2 < n && SUBJECT_START.test(tokens[s + 2]!.raw)) s += 2;
  // "Now, Hollywood bosses …", "But Britt McHenry …"; not "So far" or "Now in its third year".
  // After one, a second set off by its comma goes too: "But now, Imran Khawaja …".
  const opened = s;
  while (s < n - 1 && CONNECTIVES.has(tokens[s]!.lower) && (/^\p{Lu}/u.test(tokens[s]!.raw) || (s > opened && COMMA_CONNECTIVES.has(tokens[s]!.lower) && /,$/.test(tokens[s]!.raw)))) {
    // Bare "Now" before a name goes too: "Now Champions League quarter-finalists Porto … are
    // ready to poach him" (blind reading r52); "Now in its third year" keeps it.
    if (COMMA_CONNECTIVES.has(tokens[s]!.lower) && !/,$/.test(tokens[s]!.raw) && !(tokens[s]!.lower === 'now' && /^\p{Lu}\p{Ll}/u.test(tokens[s + 1]?.raw ?? ''))) break;
    s++;
  }
  // "In response, Manhart says …", "In reply, the club said …", "As a result, …": a phrase that
  // links to the sentence before dangles in a bullet (blind reading r40); the clause stands alone.
  const link = LINKING_OPENERS.find((w) => w.every((word, i) => tokens[s + i]?.lower === word) && /,$/.test(tokens[s + w.length - 1]?.raw ?? ''));
  if (link && s + link.length < n - MIN_MAIN_CLAUSE && SUBJECT_START.test(tokens[s + link.length]!.raw)) s += link.length;
  // "This is the moment a paedophile was caught …": the presentation of a picture, not the fact.
  const moment = /^(?:This|These)$/.test(tokens[s]?.raw ?? '') && /^(?:is|are|was|were)$/.test(tokens[s + 1]?.lower ?? '') && tokens[s + 2]?.lower === 'the';
  if (moment) {
    for (let k = s + 3; k < Math.min(n - MIN_MAIN_CLAUSE, s + 6); k++) {
      if (!/^(?:moments?|scenes?)$/.test(tokens[k]!.lower) || /[,;:]$/.test(tokens[k]!.raw)) continue;
      s = /^(?:that|when)$/.test(tokens[k + 1]!.lower) ? k + 2 : k + 1;
      break;
    }
  }
  let e = n;
  // "According to police, …": the attribution opens the sentence.
  if (tokens[s]?.lower === 'according' && tokens[s + 1]?.lower === 'to') {
    for (let k = s + 2; k < Math.min(n - MIN_MAIN_CLAUSE, s + MAX_ATTRIBUTION); k++) {
      if (!/,$/.test(tokens[k]!.raw)) continue;
      // "According to a release by the county police, … the agency was tipped off": the clause
      // names its subject by what the attribution called it; without it "the agency" is no one
      // the reader has met (blind reading r43).
      const refersBack = range(k + 1, Math.min(n, k + 1 + ORG_REACH)).some((i) => tokens[i]!.lower === 'the' && ORG_NOUNS.test(tokens[i + 1]?.lower ?? ''));
      if (!hedged(tokens, k + 1, n) && !refersBack) s = k + 1;
      break;
    }
  }
  // ", according to police": the attribution closes the sentence.
  for (let i = s + MIN_MAIN_CLAUSE; i < n - 1; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to' && /,$/.test(tokens[i - 1]!.raw)) {
      if (!hedged(tokens, s, i)) e = i;
      break;
    }
  }
  // ", police said Friday", ", the department told CNN", ", said Pushparam K.C., spokesman for …".
  for (let j = Math.max(s + MIN_MAIN_CLAUSE, e - MAX_ATTRIBUTION); j < e; j++) {
    if (!/,["'’”]?$/.test(tokens[j - 1]!.raw)) continue;
    const tail = tokens.slice(j, e);
    // "… in Biggin Hill, Kent, the Old Bailey heard": a region after its place is no speaker.
    if (/^\p{Lu}[\p{L}'’.-]*,$/u.test(tail[0]!.raw) && /^\p{Lu}/u.test(tokens[j - 1]!.raw)) continue;
    // ", said Pushparam K.C., spokesman …": the speaker's name follows the verb.
    const inverted = INVERTED_ATTRIBUTION.has(tail[0]!.lower) && /^\p{Lu}/u.test(tail[1]?.raw ?? '');
    const v = inverted ? 0 : tail.findIndex((t, k) => k > 0 && k < 10 && ATTRIBUTION_VERBS.has(t.lower) && !/,$/.test(t.raw));
    if (v < 0) continue;
    // Only the attribution: nothing but a time, a place or an outlet after its verb, and no
    // second clause ("police said, and …", "told CNN that …").
    const after = tail.slice(v + 1);
    if (!inverted && (after.length > 5 || after.some((t) => /^(?:and|but|who|which|that|because|he|she|they|it)$/.test(t.lower)))) continue;
    // "A pesticide may have caused the illnesses, the EPA said": the suspicion keeps its speaker.
    if (hedged(tokens, s, j)) break;
    // "Mr Wright's car failed to stop for a red light, the jury heard": evidence in court is a
    // claim until a verdict, so it keeps its attribution.
    if (tail.some((t) => /^(?:court|jury|inquest|hearing|tribunal|trial|magistrates)$/.test(t.lower)) && tail.some((t) => /^(?:heard|told)$/.test(t.lower))) break;
    e = j;
    break;
  }
  return e - s >= MIN_MAIN_CLAUSE ? [s, e] : undefined;
}

/** An auxiliary that shows a name before it is a clause's subject: "Enrique has stressed". */
const AUXILIARY_AFTER_NAME = /^(?:has|have|had|is|was|will|would|could|can|must|should|did)$/;

/** Where the main clause starts after a leading adverbial ("On Tuesday, police …"), if it has one. */
/** Prepositions whose object a following name is. */
const OBJECT_PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'with', 'for', 'of', 'by', 'on', 'into', 'onto', 'against', 'over', 'under', 'about', 'like']);

function openingEnd(tokens: readonly FactToken[], s: number, e: number, asides: readonly (readonly [number, number])[]): number | undefined {
  // "On Thursday the 39-year-old paid …", "Last night police …": a time adverbial needs no comma.
  const timed = TIME_OPENING.exec(tokens.slice(s, s + 4).map((t) => t.raw).join(' '));
  if (timed && e - s > MIN_MAIN_CLAUSE + 2) {
    const k = s + timed[0].trim().split(/\s+/).length;
    if (k < e && SUBJECT_START.test(tokens[k]!.raw) && !/,$/.test(tokens[k - 1]!.raw)) return k;
  }
  if (!OPENING_WORDS.has(tokens[s]!.lower)) return undefined;
  // "By the time the Russians arrived, Mr Jones was long gone", "Until 2010, he lived in Leeds":
  // the opening bounds when the clause is true, and the clause alone says something else.
  if (/^(?:until|till)$/.test(tokens[s]!.lower) || (tokens[s]!.lower === 'by' && tokens[s + 1]?.lower === 'the' && tokens[s + 2]?.lower === 'time')) return undefined;
  // "In one property we visited, the agency was claiming £2,114 …": a quantified opening says
  // where the clause holds; without it the clause claims it of everything.
  if (/^(?:in|at|on|for|among)$/.test(tokens[s]!.lower) && RESTRICTING.test(tokens[s + 1]?.lower ?? '') && !/^(?:time|times|day|days|week|weeks|month|months|year|years|occasion)$/.test(tokens[s + 2]?.lower ?? '')) return undefined;
  for (let k = s; k < Math.min(e - MIN_MAIN_CLAUSE, s + MAX_OPENING); k++) {
    const t = tokens[k]!;
    // A list ("In London, Paris and Rome, …") or a quotation is not an adverbial to drop.
    if (/^(?:and|or)$/.test(t.lower) || /["“”]/.test(t.raw)) return undefined;
    // "With Valencia visiting the Nou Camp in the midst of a 10-match unbeaten run Enrique has
    // stressed …": with no comma, the adverbial ends where a name follows a lower-case word and
    // an auxiliary follows the name, which is the main clause's subject and verb.
    // A name after a preposition is its object, not a subject: "Since his move to Sale was
    // announced in March, Charnley has …" runs on to its comma.
    if (k > s + 2 && /^\p{Ll}+$/u.test(tokens[k - 1]!.raw) && !OBJECT_PREPOSITIONS.has(tokens[k - 1]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.raw) && AUXILIARY_AFTER_NAME.test(tokens[k + 1]?.raw ?? '')) return k;
    if (!/,$/.test(t.raw)) continue;
    if (asides.some(([a, b]) => a <= k && k < b)) continue;
    // "in Brullsen, Germany, which …": a comma inside the adverbial (a place's country, an
    // aside) is not its end; the subject runs on past the next word.
    const next = tokens[k + 1]!;
    if (/,$/.test(next.raw) || /^(?:who|which|whose|where)$/.test(next.lower)) continue;
    return SUBJECT_START.test(next.raw) ? k + 1 : undefined;
  }
  return undefined;
}

/** Verbs of saying after which the reported clause is the fact: "Police said the man …". */
const REPORTING = new Set(['said', 'says', 'say', 'confirmed', 'revealed', 'announced', 'reported', 'believe', 'believes', 'claimed', 'claims']);
/**
 * Verbs by which a study reports its finding: "Research by the Forsa Institute found the number
 * … fell to nine per cent" -> "The number … fell to nine per cent", as a headline states a
 * survey's result. Only after a study as the speaker (STUDY), never a person: "Smith found the
 * body" is no finding.
 */
const FINDING = new Set(['found', 'finds', 'showed', 'shows', 'suggests', 'suggested', 'concluded']);
const STUDY = /^(?:research|study|survey|poll|report|analysis|review|figures|data|statistics|investigation|inquiry|audit|census)$/;
/** Longest speaker of an opening attribution, in tokens ("Research carried out by the Forsa Institute"). */
const MAX_SPEAKER = 7;

/** Verbs of saying that take only a clause (never a thing told): "said the man …" is "said [that] the man …". */
const NAMES_CLAUSE = new Set(['said', 'says', 'say', 'believe', 'believes', 'claimed', 'claims']);
/** A reported clause's verb comes within this many words of its start ("the man[, 41,] was arrested"). */
const CLAUSE_VERB_WITHIN = 8;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/;

/**
 * Where the reported clause starts after an opening attribution ("Police said Friday that
 * Soumbadze faces …" -> "Soumbadze faces …"): the speaker is a short name or noun phrase with
 * no comma, the clause opens with a subject.
 */
function reportedClause(tokens: readonly FactToken[], s: number, e: number): number | undefined {
  const study = tokens.slice(s, s + 3).some((t) => STUDY.test(t.lower));
  for (let v = s + 1; v < Math.min(e - MIN_MAIN_CLAUSE, s + MAX_SPEAKER + 1); v++) {
    const t = tokens[v]!;
    if (/[,;:]$/.test(tokens[v - 1]!.raw) || /["“”‘]/.test(t.raw)) return undefined;
    if (!REPORTING.has(t.lower) && !(study && FINDING.has(t.lower))) continue;
    let k = v + 1;
    // "said Friday that", "said on Tuesday that".
    while (k < v + 4 && k < e && /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|week|night|in|a|statement)$/.test(tokens[k]!.lower)) k++;
    const that = tokens[k]?.lower === 'that';
    if (that) k++;
    if (k >= e - MIN_MAIN_CLAUSE || /[,;:]$/.test(t.raw)) return undefined;
    // "announced the news in a blog post on Friday": a verb of telling may take a thing told, not
    // a clause; without "that", what follows is a clause only when a verb comes soon after.
    if (!that && !NAMES_CLAUSE.has(t.lower) && !tokens.slice(k + 1, Math.min(e, k + CLAUSE_VERB_WITHIN)).some((w, j) => finiteVerb(w) || (/^\p{Ll}{2,}s$/u.test(w.raw) && !DETERMINER.test(tokens[k + j]!.lower)))) return undefined;
    // "Officials say the videos were taken … and that they are attempting …": the verb of saying
    // governs a second complement, which without it reads as a broken sentence.
    if (secondComplement(tokens, k, e)) return undefined;
    // "The EPA said … a pesticide may have caused the illnesses": a finding the speaker only
    // suspects is theirs; without them the box would state it as fact.
    if (hedged(tokens, k, e)) return undefined;
    const next = tokens[k]!.raw;
    return /^(?:\p{Lu}\p{Ll}|the$|a$|an$|his$|her$|their$|its$|\d)/u.test(next) && !/^(?:I|We|He|She|They|It)$/.test(next) ? k : undefined;
  }
  return undefined;
}

/**
 * Words by which a reported clause only suspects or alleges ("may have caused", "could face",
 * "allegedly stole", "is believed to"): newsroom style keeps who says so with such a clause.
 */
const HEDGES = /^(?:may|might|could|possibly|probably|likely|unlikely|allegedly|suspected|believed|thought|feared|appears|appeared|seems|seemed)$/;

/** Longest speaker of an attribution between commas, in tokens ("the country's health ministry"). */
const MAX_MID_SPEAKER = 5;

/**
 * An attribution between commas with the sentence running on after it, [start, end): "An
 * 11-year-old girl has died from bird flu[, health officials have said, the first person in the
 * country to die …]". The statement before it stands as it does without a closing attribution
 * (see bodyOf), so a version may end there; a hedged statement keeps its speaker. (Leaving out
 * only the attribution would join what follows without its comma.)
 */
function midAttribution(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + MIN_MAIN_CLAUSE; i < e - 2; i++) {
    if (!/,$/.test(tokens[i - 1]!.raw)) continue;
    for (let k = i + 1; k <= Math.min(e - 2, i + MAX_MID_SPEAKER); k++) {
      const t = tokens[k]!;
      if (/[,;:.]$/.test(tokens[k - 1]!.raw) && k - 1 > i) break;
      if (!ATTRIBUTION_VERBS.has(t.lower) || !/,$/.test(t.raw)) continue;
      // The speaker: words with no verb of their own, an auxiliary at most ("have said").
      const speaker = tokens.slice(i, k).filter((w) => !/^(?:has|have|had)$/.test(w.lower));
      if (speaker.length === 0 || speaker.some((w) => /^(?:past|modal)$/.test(verbForm(w.raw) ?? '') || /^(?:is|are|that|and|but|who|which)$/.test(w.lower))) break;
      return hedged(tokens, s, i) ? undefined : [i, k + 1];
    }
  }
  return undefined;
}

/** Whether the clause from `from` to `to` is hedged. */
function hedged(tokens: readonly FactToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (HEDGES.test(tokens[i]!.lower)) return true;
  return false;
}

/** Modals that open a hedged second predicate ("and could face further punishment"). */
const CONJUNCT_MODAL = /^(?:could|may|might)$/;
/** Longest hedged second predicate, in tokens, that may be left out before its clause's cause. */
const MAX_HEDGED_CONJUNCT = 6;

/**
 * A hedged second predicate ("and could face further punishment") between a reaction the subject
 * met and that reaction's cause ("after video surfaced of …"), with no comma in it: [start, end)
 * from "and" to the cause's first word. Leaving it out keeps who did what, and what happened
 * (suspended), with why; only the guess at what may follow goes.
 */
function hedgedConjunct(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  const cause = causeOfReaction(tokens, s, e);
  for (let i = s + 1; i < e - 2; i++) {
    if (tokens[i]!.lower !== 'and' || !CONJUNCT_MODAL.test(tokens[i + 1]!.lower)) continue;
    // The reaction stands before the "and"; its cause after the hedged predicate.
    if (!tokens.slice(s, i).some((t) => REACTION.test(t.lower))) return undefined;
    for (let c = i + 2; c < Math.min(e, i + 2 + MAX_HEDGED_CONJUNCT); c++) {
      if (/[,;:]$/.test(tokens[c - 1]!.raw)) return undefined;
      if (CAUSE_ANY.has(tokens[c]!.raw)) return cause === undefined || cause[1] === c ? [i, c] : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Auxiliaries that open a main clause's predicate after its subject. */
const MAIN_AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)$/;
/** Words a restrictive relative clause on an indefinite subject may run to, its "who" to the main verb. */
const MAX_INDEFINITE_RELATIVE = 12;
/** Words of the indefinite noun phrase before its "who": "An obese mother who". */
const MAX_INDEFINITE_NOUN_PHRASE = 5;

/**
 * "An obese mother [who enjoyed takeaways and boozy nights out] has lost more than seven stone
 * after a child on a bus asked whether she was pregnant": a relative clause on an indefinite
 * subject may go and the statement stays true (a mother did lose it), which a definite subject's
 * would not ("The man who shot her was arrested" is not "The man was arrested"). [start, end)
 * from "who" to the main clause's auxiliary, which follows a word of the clause, not "who" or
 * another auxiliary ("A man who has been missing for days was found").
 */
function relativeOfIndefinite(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  if (!/^an?$/.test(tokens[s]?.lower ?? '')) return undefined;
  let r = s + 1;
  while (r < Math.min(e, s + 1 + MAX_INDEFINITE_NOUN_PHRASE) && tokens[r]!.lower !== 'who') {
    if (/[,;:()"“”]/.test(tokens[r]!.raw)) return undefined;
    r++;
  }
  if (tokens[r]?.lower !== 'who' || r === s + 1) return undefined;
  for (let k = r + 2; k < Math.min(e, r + 1 + MAX_INDEFINITE_RELATIVE); k++) {
    if (/[,;:()"“”]/.test(tokens[k - 1]!.raw)) return undefined;
    if (MAIN_AUXILIARY.test(tokens[k]!.lower) && !MAIN_AUXILIARY.test(tokens[k - 1]!.lower) && tokens[k - 1]!.lower !== 'who') return [r, k];
  }
  return undefined;
}

/** Words opening a background phrase that may stand between a clause and the deed its "when" clause tells. */
const BACKGROUND_ADJUNCT = /^(?:after|following|amid|despite)$/;
/** Longest such phrase, in tokens. */
const MAX_BACKGROUND_ADJUNCT = 8;

/**
 * "Murray succeeded in putting another dent in City's chances [after a run of four losses away],
 * when he scored Palace's first goal": the closing "when he …" clause is what the subject did,
 * the result the sentence reports, and a tail cut at "after" took it too. The background phrase
 * before it may go instead, the "when" clause joined straight to the main clause: [start, end)
 * from the phrase's first word to "when".
 */
function adjunctBeforeDeed(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  for (let i = s + MIN_MAIN_CLAUSE; i < e - 3; i++) {
    if (!BACKGROUND_ADJUNCT.test(tokens[i]!.raw)) continue;
    for (let c = i + 2; c < Math.min(e - 2, i + 1 + MAX_BACKGROUND_ADJUNCT); c++) {
      if (/[;:]$/.test(tokens[c - 1]!.raw)) break;
      if (!/,$/.test(tokens[c - 1]!.raw)) continue;
      return tokens[c]!.raw === 'when' && /^(?:he|she|they)$/.test(tokens[c + 1]!.raw) && finiteVerb(tokens[c + 2]!) ? [i, c] : undefined;
    }
  }
  return undefined;
}

/** A coordinated complement clause ("… and that …", "…, but that …", "… or whether …") between `from` and `to`. */
function secondComplement(tokens: readonly FactToken[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    if (/^(?:and|but|or)$/.test(tokens[i]!.lower) && /^(?:that|whether|how|why|what)$/.test(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/**
 * Whether a verb of saying before `c` has a reported clause that has not reached its own finite
 * verb by `c` ("said his success in Japan", "said the unique study, based on 53 hours of footage").
 */
export function reportedWithoutVerb(tokens: readonly FactToken[], s: number, c: number): boolean {
  let said = -1;
  for (let k = s; k < c; k++) if (sayingVerbAt(tokens, k)) said = k;
  if (said < 0 || c - said < 3) return false;
  let k = said + 1;
  // "told the Post that he …": the hearer comes first, the clause after "that"; "told the hater to
  // …" takes an infinitive, no clause.
  if (/^(?:told|warned|reminded|assured|informed)$/.test(tokens[said]!.lower)) {
    let that = k;
    while (that < Math.min(c, k + 6) && tokens[that]!.lower !== 'that') that++;
    if (that >= c || tokens[that]!.lower !== 'that') return false;
    k = that;
  }
  if (tokens[k]?.lower === 'that') k++;
  // A reported clause opens on its subject ("said his success …", "said the study …"); "admitted
  // to trading …" takes no clause.
  if (!/^(?:the|a|an|his|her|their|its|he|she|they|it|we|i|this|these|those|\p{Lu}.*)$/u.test(tokens[k]?.raw ?? '')) return false;
  for (; k < c; k++) {
    const raw = tokens[k]!.raw.replace(/[,;:.]$/, '');
    // After a pronoun subject a word in "-s" is its verb ("he questions").
    if (verbForm(raw) === 'present' && /^(?:he|she|it|they|we|i)$/.test(tokens[k - 1]?.lower ?? '')) return false;
    // A past tense or a modal shows the clause's verb; a word in "-s" may be a plural ("53 hours").
    if ((verbForm(raw) === 'past' || verbForm(raw) === 'modal') && !isParticiple(raw.toLowerCase())) return false;
    if (/^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should)$/.test(raw.toLowerCase())) return false;
  }
  return true;
}

/** Quantifiers that restrict an opening phrase to some of what the clause is about ("In one property", "In some cases"). */
const RESTRICTING = /^(?:one|some|many|several|certain|most|two|three|four|five|each|every)$/;

/** Verbs of saying before `c` in the clause: "said it was … , but it was not opposing …" is one statement. */
function reportedBefore(tokens: readonly FactToken[], s: number, c: number): boolean {
  for (let k = s; k < c; k++) if (sayingVerbAt(tokens, k)) return true;
  return false;
}

/** Whether token `k` is someone's verb of saying: not a passive ("was said to be hurting" hedges, it reports no one's statement). */
function sayingVerbAt(tokens: readonly FactToken[], k: number): boolean {
  return (ATTRIBUTION_VERBS.has(tokens[k]!.lower) || REPORTING.has(tokens[k]!.lower)) && !/^(?:is|was|are|were|been|be)$/.test(tokens[k - 1]?.lower ?? '');
}

/** Words that may follow a relative clause's closing comma without resuming the main clause. */
const AFTER_RELATIVE = /^(?:and|but|or|who|which|where|when|while|whilst|as|after|before|including|according|although|though|because|with|so)$/;

/**
 * Whether the "who" or "which" clause at `c` closes on a comma after which the main clause goes on
 * ("Werner, who was staying in a cottage near Bala, being sent to jail"): cut there, the bullet
 * would lose the rest of its own clause.
 */
function resumesAfterRelative(tokens: readonly FactToken[], c: number, e: number): boolean {
  if (!/^(?:who|which)$/.test(tokens[c]!.lower)) return false;
  for (let j = c + 1; j < e - 1; j++) {
    if (!/,$/.test(tokens[j]!.raw)) continue;
    // "which assess English, maths and science at …": a comma inside a list the clause's own verb
    // takes is no end of the clause.
    if (listComma(tokens, j, e)) continue;
    const next = tokens[j + 1]!;
    return /^\p{Ll}/u.test(next.raw) && !AFTER_RELATIVE.test(next.lower);
  }
  return false;
}

/** Most words of a list's last items before its "and" / "or": "maths and", "maths, science or". */
const LIST_ITEM_WORDS = 2;

/** Whether the comma closing token `j` separates items of a list: its "and" / "or" follows within LIST_ITEM_WORDS words, no other mark between. */
function listComma(tokens: readonly FactToken[], j: number, e: number): boolean {
  for (let k = j + 1; k < Math.min(e, j + 2 + LIST_ITEM_WORDS); k++) {
    if (/^(?:and|or)$/.test(tokens[k]!.raw)) return k > j + 1;
    if (/[,;:.!?]$/.test(tokens[k]!.raw) && !/,$/.test(tokens[k]!.raw)) return false;
  }
  return false;
}

/** Words a copula's noun phrase may hold between its article and "who": "a [modern-day] suffragette". */
const MAX_PREDICATE_NOUN = 4;

/** Whether the tokens before `c` end on "is/was/are/were a(n) …" + a noun: a predicate nominal. */
function predicateNominal(tokens: readonly FactToken[], s: number, c: number): boolean {
  for (let k = c - 1; k > s && k >= c - 1 - MAX_PREDICATE_NOUN; k--) {
    const w = tokens[k]!;
    if (/[,;:]$/.test(w.raw) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.raw)) return false;
    if (/^(?:a|an)$/.test(w.raw)) return k < c - 1 && /^(?:is|was|are|were)$/.test(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/**
 * Longest noun phrase of an absolute phrase, in tokens: a head with its determiner, two
 * modifiers and a short prepositional phrase ("with [a big money move to Porto] waiting").
 */
const MAX_ABSOLUTE_SUBJECT = 7;

/** Whether "with" at `from - 1` opens an absolute phrase: a short noun phrase, then an "-ing" or "-ed" predicate. */
function absolutePhrase(tokens: readonly FactToken[], from: number, e: number): boolean {
  if (!/^\p{L}+$/u.test(tokens[from]?.raw ?? '') || /ing$/.test(tokens[from]!.raw) || SUBORDINATOR.test(tokens[from]!.lower)) return false;
  for (let k = from + 1; k < Math.min(e, from + MAX_ABSOLUTE_SUBJECT); k++) {
    const raw = tokens[k]!.raw;
    // A comma or a dash ends the noun phrase: "with supporters in the West - even selling …" is no absolute phrase.
    if (/[,;:.]$/.test(tokens[k - 1]!.raw) || DASH.test(raw)) return false;
    // An "-ing" word between a determiner or "with" and a noun is an adjective ("with ongoing incidents").
    // So is one before a content word ("potential planning questions"): an absolute phrase's
    // "-ing" goes on with a particle or a preposition ("waiting for him", "kicking off").
    const nextWord = tokens[k + 1]?.raw.replace(/[,;:.'"’”]+$/u, '') ?? '';
    const adjective = (/^(?:with|a|an|the|their|its|his|her)$/.test(tokens[k - 1]!.lower) && /^\p{Ll}{3,}$/u.test(nextWord)) || (/^\p{Ll}{3,}$/u.test(nextWord) && !STOP_WORDS.has(nextWord) && !/^(?:off|up|out|down|away|back|over|through|around)$/.test(nextWord));
    if (/^\p{Ll}{3,}ing$/u.test(raw) && !adjective && !/^(?:nothing|something|anything|everything|morning|evening|building|thing|king|ring|wing|spring|string|ceiling|meeting|wedding|hearing|ruling|warning|training|clothing|housing|funding)$/.test(raw)) return true;
  }
  return false;
}

/**
 * "urged his players to shut the Champions League out of their minds and concentrate on …":
 * "and" then a bare verb (a plain word before a preposition or determiner) after a "to"
 * infinitive earlier in the clause joins a second infinitive, which the first stands without.
 */
/** Words after which "to" is a preposition: "up to life", "due to injury", "next to", "close to". */
const PREPOSITIONAL_TO = new Set(['up', 'due', 'next', 'close', 'according', 'thanks', 'owing', 'prior', 'compared', 'back']);

function secondInfinitive(tokens: readonly FactToken[], s: number, c: number): boolean {
  const verb = tokens[c + 1];
  const after = tokens[c + 2];
  if (!verb || !after || !/^\p{Ll}{3,}$/u.test(verb.raw) || /(?:s|ly|ed|ing)$/.test(verb.raw)) return false;
  if (!/^(?:on|in|to|for|with|at|the|a|an|his|her|their|its|up|out|back)$/.test(after.lower)) return false;
  for (let k = c - 1; k > s && k > c - 14; k--) {
    if (/[,;:]$/.test(tokens[k]!.raw)) return false;
    // Not "to" as a preposition: "a prison term up to life imprisonment for his role in life and
    // death" has no infinitive for "death" to be the second of.
    if (tokens[k]!.raw === 'to' && /^\p{Ll}{2,}$/u.test(tokens[k + 1]!.raw) && !/^(?:the|a|an|his|her|their|its|be)$/.test(tokens[k + 1]!.raw)
      && !PREPOSITIONAL_TO.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Subjects that open a clause of their own after "when". */
const CLAUSE_SUBJECT = /^(?:he|she|they|it|we|the|his|her|their|police|officers|\p{Lu}\p{Ll}+)$/u;
/** Finite forms that open a coordinated predicate: "and ended", "and took", "and has", "and hadn't". */
const FINITE_AFTER_AND = /^(?:is|are|was|were|has|have|had|will|would|could|can|did|does|may|might|must|should|isn't|wasn't|hasn't|hadn't|didn't|won't|wouldn't|couldn't|is|then)$/;

/**
 * "… are to retire at the end of May and each have six outings left": a clause of its own whose
 * subject is a quantifier of the first clause's subject (each, both, all, neither) and a finite
 * verb; the first stands without it.
 */
function quantifiedClause(tokens: readonly FactToken[], at: number, e: number): boolean {
  return at + 1 < e && /^(?:each|both|all|neither|none)$/.test(tokens[at]!.raw) && /^(?:have|has|had|is|are|was|were|will|would|could|can|must|should)$/.test(tokens[at + 1]!.lower);
}

/**
 * Participles that only say where or how a thing was made, shown or held: "a video recorded at
 * …", "ladders made from bed slats", "a prom held in his honour". Others restrict what the noun
 * is and cannot go: "selling a car stolen from …", "a phone snatched from a tourist", "a group
 * called Letzgo Hunting".
 */
const DESCRIPTIVE_PARTICIPLES = /^(?:recorded|filmed|photographed|posted|published|shared|uploaded|released|broadcast|aired|screened|staged|hosted|organised|organized|based|located|situated|built|designed|produced|created|launched|opened|held|taken|made|painted|written)$/;
/** Prepositions a reduced relative's participle takes: "recorded at", "made from", "held by". */
const PARTICIPLE_PREPOSITION = /^(?:at|in|on|by|from|for|with|during|near|outside|inside|across|after|before|since|over|under)$/;

/** Words that claim uniqueness on their own ("has never been charged", "a record 12 goals"); "the
 *  first time" and "the only" do too (see tailCuts). */
const UNIQUE_ANYWHERE = /^(?:never|record|record-breaking|unprecedented)$/;

const SUBORDINATOR = /^(?:before|after|when|while|whilst|as|because|until|since|if|although|though|once|where|unless)$/;

/** Whether tokens[c] opens a participle phrase that closes the sentence on the noun before it (see tailCuts). */
function reducedRelative(tokens: readonly FactToken[], c: number, e: number): boolean {
  const t = tokens[c]!;
  const prev = tokens[c - 1]!;
  if (!DESCRIPTIVE_PARTICIPLES.test(t.raw)) return false;
  if (!/^\p{Ll}{3,}$/u.test(prev.raw) || STOP_WORDS.has(prev.lower) || BARE_PREDICATE.test(prev.lower) || /(?:ly|ed)$/.test(prev.lower) || /^(?:get|got|gets|never|being)$/.test(prev.lower)) return false;
  if (!PARTICIPLE_PREPOSITION.test(tokens[c + 1]?.lower ?? '')) return false;
  // The noun is an object's, opened by an article or possessive a few words back ("in a video
  // recorded at …"); "… Premier League Supporters of both sides gathered outside …" is a caption
  // run into the next sentence, whose verb this is.
  let article = -1;
  for (let k = c - 1; k >= Math.max(0, c - 4); k--) {
    if (/^(?:a|an|the|his|her|their|its|this|that)$/.test(tokens[k]!.raw)) { article = k; break; }
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[k]!.raw)) return false;
  }
  if (article < 0) return false;
  // "… before the supporters gathered outside the ground": after a subordinator and before any
  // verb of its own, the "-ed" word is that clause's verb.
  for (let k = article - 1; k >= 0; k--) {
    if (SUBORDINATOR.test(tokens[k]!.lower)) return false;
    if (finiteVerb(tokens[k]!) || /^(?:is|are|was|were|has|have|had)$/.test(tokens[k]!.lower)) break;
  }
  for (let k = c + 1; k < e; k++) if (finiteVerb(tokens[k]!) && !isParticiple(tokens[k]!.lower)) return false;
  return true;
}

/**
 * "… hadn't been heard from in 66 days when he was spotted …": a counted time noun is a
 * duration, and the "when" after it opens a clause of time, not a relative clause saying which
 * days ("the days when he was rumoured to have $15million").
 */
function durationBefore(tokens: readonly FactToken[], c: number): boolean {
  return /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)$/i.test(tokens[c - 2]?.raw ?? '');
}

/**
 * Whether the clause before `c` is a past perfect that lasted a counted time ("hadn't been heard
 * from in 66 days", "had been missing for three weeks"): the "when" clause after it is the moment
 * that ended it, the event the sentence reports ("when he was spotted by a container ship").
 * Without a duration the past perfect is background and its "when" clause may go ("Locke had
 * been working as No 2 [when the manager announced …]").
 */
function pastPerfectBefore(tokens: readonly FactToken[], s: number, c: number): boolean {
  if (!TIME_MEASURES.has(tokens[c - 1]!.lower) || !durationBefore(tokens, c)) return false;
  for (let k = c - 1; k >= s; k--) {
    if (/;$/.test(tokens[k]!.raw)) return false;
    // A token's lower form has no apostrophe: "hadn't" is "hadnt", "he'd" is "hed".
    if (!/^(?:had|hadnt)$/.test(tokens[k]!.lower)) continue;
    // "had" + (not/never/already …) + a participle; "had two children" is possession.
    for (let j = k + 1; j < Math.min(c, k + 4); j++) {
      const v = tokens[j]!.lower;
      if (isParticiple(v) || v === 'been') return true;
      if (!/^(?:not|never|already|just|barely|hardly|scarcely|only|long|since|yet)$/.test(v)) break;
    }
  }
  return false;
}

/** Whether a token is a finite verb that can open a coordinated predicate. */
function finiteVerb(t: FactToken): boolean {
  const w = t.raw.replace(/’/g, "'");
  if (!/^\p{Ll}/u.test(w)) return false;
  return FINITE_AFTER_AND.test(w) || isIrregularPast(t.lower) || (isParticiple(t.lower) && /ed$/.test(t.lower));
}

/**
 * Predicates that judge or react rather than report: "has earned extra brownie points", "is in
 * hot water", "has been suspended", "has sparked outrage", "avoided a fine". Such a clause says what happened only
 * through its cause ("… by calling out an online hater"), so the cause is never cut off. A
 * penalty likewise: "was jailed for 27 months after he admitted attempting to meet a girl under
 * 16" is the story; "was jailed for 27 months" says for what no more than "was fined" does.
 */
const REACTION = /^(?:points|praise|plaudits|criticism|backlash|outrage|fury|anger|controversy|condemnation|uproar|storm|water|fire|suspended|banned|fined|sacked|praised|hailed|applauded|criticised|criticized|slammed|blasted|lambasted|mocked|ridiculed|condemned|apologised|apologized|trouble|headlines|ire|wrath|fine|ban|penalty|punishment|punished|reprimand|reprimanded|rebuke|rebuked|booked|disciplined|suspension|jailed|imprisoned|sentenced|convicted|locked)$/;
/** Words opening a cause: "by", "for", "over" with an -ing verb; "after", "following", "when" with anything. */
const CAUSE_ING = new Set(['by', 'for', 'over']);
const CAUSE_ANY = new Set(['after', 'following', 'when']);

/** The reaction word and where its cause starts ("… points [after calling out …]"), if it has one. */
function causeOfReaction(tokens: readonly FactToken[], s: number, e: number): [number, number] | undefined {
  let reaction: number | undefined;
  for (let c = s + 1; c < e - 1; c++) {
    const t = tokens[c]!;
    const next = tokens[c + 1]!;
    if (reaction !== undefined && ((CAUSE_ING.has(t.raw) && /^\p{Ll}{3,}ing$/u.test(next.raw)) || CAUSE_ANY.has(t.raw))) return [reaction, c];
    if (REACTION.test(t.lower)) reaction = c;
    // A new clause has a cause of its own: "X caused outrage when she said …, while Y produced a
    // similar storm by labelling …" leaves the first clause without one.
    else if (/;$/.test(t.raw) || /^(?:while|whilst|whereas|but|and)$/.test(t.raw)) reaction = undefined;
  }
  return undefined;
}

/** Verbs of a charge, a penalty or a result: what happened to the subject, the story's outcome. */
const OUTCOME = /^(?:charged|arrested|jailed|sentenced|convicted|fined|banned|suspended|sacked|indicted|accused|killed|scored|won)$/;
/** Auxiliaries and adverbs that may stand before such a verb ("was later charged", "has been jailed"). */
const OUTCOME_LEAD = /^(?:was|were|is|are|has|have|had|been|later|then|subsequently|also)$/;

/** Whether the predicate from `at` is an outcome (see OUTCOME): "[and] was charged with …", "[and] scored twice". */
function outcomePredicate(tokens: readonly FactToken[], at: number, e: number): boolean {
  let k = at;
  while (k < e && OUTCOME_LEAD.test(tokens[k]!.lower)) k++;
  return k < e && OUTCOME.test(tokens[k]!.lower);
}

/** Whether the comma-set phrase that ends before `c` opens with a participle (", frittered away on gambling,"). */
function afterParticiplePhrase(tokens: readonly FactToken[], s: number, c: number): boolean {
  for (let k = c - 2; k > s; k--) {
    if (!/,$/.test(tokens[k - 1]!.raw)) continue;
    const w = tokens[k]!.raw;
    return /^\p{Ll}+(?:ed|ing)$/u.test(w) || (/^\p{Ll}+$/u.test(w) && isIrregularPast(w));
  }
  return false;
}

/** Token indices at which a trailing clause or phrase can be cut off, earliest first. */
function tailCuts(tokens: readonly FactToken[], s: number, e: number, asides: readonly (readonly [number, number])[], noCutBefore: ReadonlySet<number>): number[] {
  const cuts: number[] = [];
  const cause = causeOfReaction(tokens, s, e);
  // A claim of a first, an only or a record holds only within the adjuncts that bound it: "the
  // first time the office has charged an adult with molesting children [while knowing he carries
  // HIV]" is false without its tail. After such a word, only a second fact of its own (after ";"
  // or "and" + verb) may go.
  let scoped = e;
  for (let k = s; k < e; k++) {
    // "the first time", "the only one"; not "the first round", an ordinal of a series.
    const w = tokens[k]!.lower;
    const unique = UNIQUE_ANYWHERE.test(w) || (tokens[k - 1]?.lower === 'the' && (w === 'only' || (w === 'first' && tokens[k + 1]?.lower === 'time')));
    if (unique) { scoped = k; break; }
  }
  for (let c = s + MIN_MAIN_CLAUSE; c < e; c++) {
    // Not inside an aside, nor where one starts: ", who claims …, is desperate" is cut by
    // leaving the aside out, and cutting there would take the subject's own verb with it.
    if (noCutBefore.has(c) || asides.some(([a, b]) => a <= c && c < b)) continue;
    if (boundsTime(tokens, s, c)) continue;
    // "… to investigate whether the family was made ill [after a fumigation at the resort]": inside
    // a "whether" question the adjunct is what is asked; without it the bullet asks something else.
    if (range(s, c).some((k) => tokens[k]!.lower === 'whether') && !range(s, c).some((k) => /;$/.test(tokens[k]!.raw))) continue;
    // "Kyrgios said his success in Japan[, and the travelling …, had taken its toll]": a cut before
    // the reported clause's verb leaves it without one.
    if (reportedWithoutVerb(tokens, s, c)) continue;
    // Not before or at the cause of a reaction: "Fowler has earned extra brownie points" says nothing.
    if (cause !== undefined && cause[0] < c && c <= cause[1] + 1) continue;
    // A kept cause may lose the relative clause on its object ("… after calling out an online hater
    // [who accused his girlfriend …]"): the bullet then says who did what, short enough to be one.
    if (cause !== undefined && c >= cause[1] + 3 && /^(?:who|which)$/.test(tokens[c]!.raw) && /^\p{Ll}+$/u.test(tokens[c - 1]!.raw)) {
      cuts.push(c);
      continue;
    }
    const prev = tokens[c - 1]!;
    const t = tokens[c]!;
    const afterComma = /[,;]$/.test(prev.raw);
    if (c > scoped && !/;$/.test(prev.raw) && !(t.raw === 'and' && c + 1 < e && finiteVerb(tokens[c + 1]!))) continue;
    if (/;$/.test(prev.raw)) cuts.push(c);
    else if (DASH.test(t.raw) && !asides.some(([a]) => a === c)) cuts.push(c);
    // Not an "-ing" phrase after a participle phrase: in "has gone, frittered away on gambling,
    // funding three divorces and …" the two are members of one list of causes.
    // Not a relative clause the main clause resumes after: "… saw no value in Werner, who was
    // staying near Bala, being sent to jail" says the opposite cut at "who".
    // Nor a ", when" clause that tells what happened where the clause before only sets the scene:
    // "his younger brother had been on the same junction last August[, when a collision with a
    // lorry killed him instantly]" is the point (blind reading r43).
    else if (afterComma && (TAIL_AFTER_COMMA.has(t.lower) || (/^\p{Ll}{3,}ing$/u.test(t.raw) && !afterParticiplePhrase(tokens, s, c))) && !resumesAfterRelative(tokens, c, e) && !(t.lower === 'but' && reportedBefore(tokens, s, c))
      && !(t.lower === 'when' && range(c, e).some((k) => OUTCOME_WORDS.test(tokens[k]!.lower)) && !range(s, c).some((k) => OUTCOME_WORDS.test(tokens[k]!.lower)))) cuts.push(c);
    // Not right after an infinitive: "tried to chase [after the car]" leaves the verb without
    // the phrase it takes.
    // Nor right after a verb that takes it as its particle or complement: "the body looking [after
    // its antiquities]", "the decision came [after discussions]".
    // Nor an "including" list the subject's own verb follows: "… and 13 artworks [including
    // Rembrandt's 'Storm on the Sea of Galilee'] were missing".
    else if (!afterComma && TAIL_BARE.has(t.raw) && /\p{L}$/u.test(prev.raw) && !TIME_MEASURES.has(prev.lower) && !BARE_PREDICATE.test(prev.lower) && !/^\p{Ll}{2,}ing$/u.test(prev.raw) && !isIrregularPast(prev.lower) && tokens[c - 2]?.lower !== 'to' && c - s >= 6
      && !(t.raw === 'including' && range(c + 1, e).some((k) => /^(?:was|were|is|are|has|have|had)$/.test(tokens[k]!.raw)))) cuts.push(c);
    // "Asian share markets followed Wall Street into the red on Wednesday [as surprising strength
    // in global surveys … stoked fears …]": an "as" clause with a subject and verb of its own
    // says why or while; the clause before it stands without it.
    // Not after a participle that takes "as" ("posing as police officers", "dressed as").
    else if (t.raw === 'as' && !afterComma && /\p{L}$/u.test(prev.raw) && c - s >= 6 && !AS_NOT_CLAUSE_BEFORE.has(prev.lower) && !/^\p{Ll}+(?:ing|ed)$/u.test(prev.raw) && asClause(tokens, c + 1, e)) cuts.push(c);
    // "… was shot down over France in 1941 and ended up in a prison camp": a second predicate
    // joined by "and" is a fact of its own; the first stands without it.
    // Not when that predicate is the outcome: "Robert Gentile appeared in federal court on Friday
    // [and was charged with selling a firearm …]" says what happened to him only in its second half.
    else if (t.raw === 'and' && /\p{L}$/u.test(prev.raw) && c - s >= 6 && c + 1 < e && (finiteVerb(tokens[c + 1]!) || secondInfinitive(tokens, s, c) || quantifiedClause(tokens, c + 1, e)) && !BARE_PREDICATE.test(prev.lower) && !outcomePredicate(tokens, c + 1, e)) cuts.push(c);
    // "… hadn't been heard from in 66 days when he was spotted …": a "when" clause with its own
    // subject; "Jean is seven years old but Ben is twice the weight …": a contrast of its own.
    // "… five points clear with title rivals Real Madrid not kicking off until evening": an
    // absolute phrase ("with" + noun + "-ing") is an adjunct the clause stands without.
    // Not after a verb that takes "with" ("officers have been dealing [with about 40 calls]").
    else if (t.raw === 'with' && /\p{L}$/u.test(prev.raw) && c - s >= 6 && !BARE_PREDICATE.test(prev.lower) && !/^\p{Ll}{2,}ing$/u.test(prev.raw) && !isParticiple(prev.lower) && verbForm(prev.raw) !== 'past' && absolutePhrase(tokens, c + 1, e)) cuts.push(c);
    // "The Duchess is a modern-day suffragette [who has done more … than anyone]": a "who" clause
    // on the noun a copula predicates of the subject narrows what she is said to be; without it
    // she is still said to be one.
    else if (t.raw === 'who' && !afterComma && predicateNominal(tokens, s, c)) cuts.push(c);
    // "… watched the trick shot in a video [recorded at Barcelona's training ground earlier in the
    // month]": a participle phrase closing the sentence on the noun before it is a reduced relative
    // clause, left out as a relative clause is. Not a name ("a group called Letzgo Hunting"), and
    // not inside a subject: no finite verb may follow ("the man arrested at the scene was freed").
    else if (c - s >= 6 && reducedRelative(tokens, c, e)) cuts.push(c);
    // Not after a pronoun that points ahead: "… might struggle to believe it but Bueno …" is a teaser.
    // Nor a "when" clause that gives a past perfect its time: "… hadn't been heard from in 66 days
    // [when he was spotted by a container ship]" is the rescue; without it he is still missing.
    // Nor a "when" after a time noun: "the days when he was rumoured to have $15million" is a
    // relative clause that says which days; "a stark contrast to the days" says nothing.
    else if ((t.raw === 'when' || (t.raw === 'but' && !reportedBefore(tokens, s, c))) && !/^(?:it|this|that|so)$/.test(prev.lower) && !(t.raw === 'when' && ((TIME_MEASURES.has(prev.lower) && !durationBefore(tokens, c)) || pastPerfectBefore(tokens, s, c))) && /\p{L}$/u.test(prev.raw) && c - s >= 6 && CLAUSE_SUBJECT.test(tokens[c + 1]?.raw ?? '') && !BARE_PREDICATE.test(prev.lower) && !ATTRIBUTION_VERBS.has(prev.lower)) cuts.push(c);
  }
  return cuts;
}
