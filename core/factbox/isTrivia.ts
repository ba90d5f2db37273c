// Trivia: a bullet that is colour rather than news. A reader scans a fact box for who did what
// and how many; a process, a scene, a career note or a judgement any story could close on tells
// neither, and a blind reader marks it down per bullet and per box ("Gel is slathered on the skin,
// followed by a pulsed light", "Saints season is still very much alive", "Toure joined from
// Barcelona in July 2010"). suggestFactBox offers trivia last, and only to a box short of four.
import { splitSentences } from '../text/splitSentences.ts';
import { CALENDAR_NAMES, NAMELESS_FIRST_WORD, NUMBER_WORDS, STOP_WORDS, contentKeys } from './factText.ts';

/** What the rules need to know of the story a bullet comes from. */
export interface StoryWords {
  /** Content words the story uses in STORY_REPEATS sentences or more (see storyRepeats). */
  readonly repeated: ReadonlySet<string>;
  /** How often each word (lower-cased) is written in lower case and capitalised. */
  readonly cases: ReadonlyMap<string, { readonly lower: number; readonly capitalised: number }>;
}

/**
 * A word the story uses in this many sentences is one it is about, wherever it first stands
 * ("waiver", "coroner", "ladder"); a bullet half or more of whose content words are such words
 * is central, whoever its subject is.
 */
const STORY_REPEATS = 3;
const CENTRAL_SHARE = 0.5;

/**
 * A predicate that could close any story: "is still very much alive", "said it's an exciting
 * time", "is a great opportunity"; or a guess: "said it's possible that some may be traumatised".
 * It judges or speculates, it does not report.
 */
export const GENERIC_PREDICATE = /\b(?:is|are|was|were|remains?|remained|looks?|looked|seems?|seemed)\s+(?:(?:still|very|much|so|really|quite|all|now|truly|clearly)\s+)*(?:alive|exciting|important|interesting|special|different|possible|great|good|fine|fantastic|wonderful|brilliant|clear|unclear|open|over|on|ready|confident|positive|optimistic|huge|massive|big)$|\b(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:time|moment|day|thing|feeling|opportunity|experience|step|sign|chance)$|\b(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+(?:possible|likely|unlikely|unclear|conceivable)\s+(?:that\s+)?\p{Ll}/u;

/**
 * "To do this they mapped …", "To reach Leeds they walked …", "…, it is used …", "41 of them rushed the fence": a clause whose
 * subject is a bare "they" or "it", or a part of "them", says who did it nowhere in the bullet.
 */
const PRONOUN_CLAUSE = /(?:^|[,;]\s+|\b(?:this|that|then|now|so)\s+|^To\s[^,]{0,40}?\s)(?:they|it)\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|\p{Ll}+ed)\b|^(?:\S+\s+){1,2}of\s+(?:them|these|those)\s/iu;

/**
 * A set-up for an answer the bullet does not carry: a question put ("Alan Davey was asked about
 * changes to classical music knowledge over the last 30 years"), whose answer follows in the
 * story. Blind readings r38 and r39 called it "a set-up with no answer".
 */
const SET_UP = /\b(?:was|were|is|are|been|being)\s+asked\s+(?:about|whether|if|what|how|why|when|who|to\s+comment)\b/u;

/**
 * A fronted phrase before a pronoun subject: "The firm's first security chief, he brings with him
 * …". The bullet never names whom it is about (blind reading r39: "never names its subject").
 */
const FRONTED_PRONOUN = /^[^,;"“‘]{3,80},\s+(?:he|she)\s+\p{Ll}/u;

/**
 * The career note a sports or business story appends to a name: "Toure joined from Barcelona in
 * July 2010 and is contracted to City until 2017", "Murray cost Palace nothing when he joined from
 * Brighton", "was born in Lagos". Background, not what happened: trivia, whatever its figures.
 */
const CAREER_NOTE = /\b(?:joined\s+(?:from|on\s+loan)|(?:is|was|are|were)\s+(?:contracted|under\s+contract)\s+(?:to|with|until)|signed\s+from|began\s+(?:his|her|their)\s+career|was\s+born\s+(?:in|on))\b/;

/**
 * The biography a profile appends to its news: who a person once worked with ("Mr Hardy worked
 * with top actors including Laurence Olivier …"), their early days, a retirement dated back from
 * now ("was forced to retire from stage acting two years ago"), or their own look back ("Lizzi now
 * admits she was living an extremely unhealthy lifestyle"). Background to the story's news, not
 * the news (blind reading r11): trivia, whatever its figures.
 */
const BIOGRAPHY = /\b(?:worked|starred|acted|played)\s+(?:with|alongside)\s+(?:\p{Ll}+\s+){0,2}(?:actors|stars|names|players|musicians|artists)\b|\b(?:his|her|their)\s+early\s+(?:days|years|career)\b|\bretire[ds]?\s+from\s+[^,;]*\b(?:ago|in\s+\d{4})\b|\bnow\s+(?:admits|says|realises|realizes|accepts)\s+(?:that\s+)?(?:she|he|they)\s+(?:was|were|had\s+been)\b/u;

/**
 * The scene around the news rather than the news: how someone looked ("Pama shielded his face from
 * reporters", "bowed his head"), or what a speaker is not saying ("NASA isn't talking about
 * intelligent alien civilizations"), a disclaimer that frames the story without telling it.
 */
const SCENE = /\b(?:shield(?:ed|ing)|cover(?:ed|ing)|hid|hiding)\s+(?:his|her|their)\s+faces?\b|\bbow(?:ed|ing)\s+(?:his|her|their)\s+heads?\b|\b(?:is|are|was|were)(?:n't|n’t|\s+not)\s+(?:talking|saying|suggesting|claiming|speaking)\s+about\b/;

/**
 * "Turkey denies this history", "Police are investigating these claims": a "this" or "these"
 * before a noun other than a time points at something the story said before, which the bullet
 * does not hold.
 */
const POINTS_BACK = /\b(?:this|these|those)\s+(?!(?:morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|autumn|time|days|weeks|months|years|century|decade|is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|did|does|means?)\b)\p{Ll}{3,}\b/u;

/**
 * "The same week, a woman in London revealed …", "That day the club …", "Supporters from both
 * clubs say …": a time or a pair that only the story's earlier text gives. Read alone the bullet
 * does not say which week or which clubs; "the same week as the vote" names it and stays.
 */
const EARLIER_REFERENT = /\b(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|season|time)\b(?!\s+(?:as|that|when)\b)|\bboth\s+(?:clubs|sides|teams|men|women|players|countries|parties|companies|families|brothers|sisters)\b/i;

/**
 * "Cases included child protection, bank privacy …", "Highlights include …": a bare plural noun
 * (no determiner, no name) before "included" lists the members of a set the story named before;
 * read alone it does not say whose cases.
 */
const BARE_SET_LIST = /^\p{Lu}\p{Ll}+s\s+(?:included|include)\b/u;

/**
 * "Hamilton certainly has Rosberg scratching his head as the German appears to have run out of
 * ideas": the writer's own reading of a scene, marked by a "certainly" or a present "appears to".
 * It is comment, not what happened (blind reading r11), and ranks after the news.
 */
const WRITER_COMMENT = /\b(?:certainly|surely|undoubtedly)\s+\p{Ll}|\b(?:appears?|seems?)\s+to\s+(?:have\s+)?\p{Ll}/u;

/**
 * What nobody knows yet or what someone felt, rather than what happened: "The employee that was
 * berated has not been identified", "Frank Jordan told CNN he had worried about his son", "Neil
 * still harboured hopes of making the cut". An absence of news, or a state of mind the story's
 * events explain; blind readings r50–r53 marked each "filler" four times over.
 */
export const NON_EVENT = /\b(?:has|have|had)(?:n't|n’t|\s+not)\s+(?:yet\s+)?been\s+(?:identified|named|released|disclosed|revealed)\b|\b(?:is|are|was|were)(?:n't|n’t|\s+not)\s+(?:yet\s+)?(?:identified|named)\b|\bhad\s+(?:been\s+)?worried\s+(?:about|for|that)\b|\bharbou?red\s+(?:\p{Ll}+\s+)?(?:hopes?|dreams?|ambitions?)\b|\bstill\s+(?:hoped|dreamed|dreamt)\b/u;

/**
 * A match report's play-by-play rather than its outcome: a chance missed ("Mooy came closest with
 * a decent low strike", "Chris Wood sent a header wide", "hit the post", "Goalkeeper Simon
 * Eastwood almost scored a late equaliser"), the build-up ("Sanchez
 * stepped up to take the penalty", "Arsenal had been pressing for the opener", "Good play from
 * MacLean drew in a posse of defenders") or the run of play ("Uganda began the second half
 * brightly"). A box gives the result and who scored; the chances are colour (blind reading u4).
 */
export const MATCH_NARRATION = /\bcame\s+closest\b|\b(?:almost|nearly)\s+(?:scored|equalised|equalized|snatched|grabbed|won\s+it|levelled|leveled)\b|\bwent\s+close\b|\b(?:sent|fired|headed|curled|dragged|skewed|blazed|flashed|steered|poked|drove)\s+(?:(?:a|an|his|her|their)\s+)?(?:\p{Ll}+\s+){0,2}(?:header|shot|effort|strike|volley|free-kick|attempt)\s+(?:just\s+)?(?:wide|over|past\s+the\s+post)\b|\bhit\s+the\s+(?:post|bar|crossbar|woodwork|upright)\b|\bstepped\s+up\s+to\s+take\b|\bhad\s+been\s+pressing\b|\b(?:began|started)\s+(?:the\s+)?(?:first|second)\s+half\s+\p{Ll}+ly\b|^Good\s+play\s+(?:from|by)\b/u;

/** Bodies that act in the news under a common noun, read in a bullet's first SUBJECT_WORDS words. */
const INSTITUTION = /\b(?:police|officers|board|council|committee|panel|commission|inquiry|court|judge|jury|prosecutors?|government|ministry|department|agency|authority|authorities|regulators?|union|company|firm|bank|club|school|university|hospital|army|military|airline|operator|parliament|congress|senate|officials)\b/i;
const SUBJECT_WORDS = 4;

/** A word the story capitalises this many times as often as not is a name (a handle may write it in lower case). */
const NAME_CASE_RATIO = 4;
/** Capitalised words that name a time, not an actor. */
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES}|Christmas|Easter)$`);

/** The content words a text uses in STORY_REPEATS sentences or more. */
export function storyRepeats(text: string): ReadonlySet<string> {
  const uses = new Map<string, number>();
  for (const s of splitSentences(text)) {
    for (const k of new Set(contentKeys(text.slice(s.start, s.end)))) uses.set(k, (uses.get(k) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, n]) => n >= STORY_REPEATS).map(([k]) => k));
}

/** Whether CENTRAL_SHARE or more of a bullet's content words are ones the story keeps returning to. */
export function isCentral(text: string, story: StoryWords): boolean {
  const keys = new Set(contentKeys(text));
  let central = 0;
  for (const k of keys) if (story.repeated.has(k)) central++;
  return keys.size > 0 && central / keys.size >= CENTRAL_SHARE;
}

/**
 * Whether a bullet is colour rather than news: a judgement or a guess (GENERIC_PREDICATE), a
 * bare "they" or "it" for its subject, a career note, the scene, a "this" that points back, a
 * time or pair only earlier sentences give ("the same week", "both clubs"), a bare plural's list
 * ("Cases included …"); or a
 * bullet that states no figure (outside a relative clause), is not built of the story's own
 * repeated words, and names no one — no person, team, place or body doing something ("Leftover
 * vegetables were found in the trailer", "Only certified professionals are permitted to use it").
 * `figures` counts the figures the bullet states. A capitalised first word is a name only if the
 * story capitalises it elsewhere too and hardly ever writes it in lower case: "Gel" opening a
 * sentence is not a name, "Saints" is.
 */
export function isTrivia(text: string, figures: number, story: StoryWords): boolean {
  if (GENERIC_PREDICATE.test(text) || PRONOUN_CLAUSE.test(text) || FRONTED_PRONOUN.test(text) || SET_UP.test(text) || CAREER_NOTE.test(text) || SCENE.test(text) || POINTS_BACK.test(text) || EARLIER_REFERENT.test(text) || BARE_SET_LIST.test(text) || WRITER_COMMENT.test(text) || BIOGRAPHY.test(text) || MATCH_NARRATION.test(text) || NON_EVENT.test(text)) return true;
  // A figure in a relative clause describes what the main clause names; it does not make the
  // main clause news ("Leftover vegetables were found in the trailer, which was found 30 metres
  // away").
  const main = text.split(/,\s+(?:which|who|where|whose)\s/)[0]!;
  if (figures > 0 && (main === text || /\d/.test(main) || main.split(/\s+/).some((w) => NUMBER_WORDS.test(w)))) return false;
  // Built of the words the story keeps returning to, it is the story whoever does it ("Clients
  // agree to release their personal information to a funeral director and a coroner").
  if (isCentral(text, story)) return false;
  // A body acting is an actor as a name is: "The harbour board announced a review …" (its
  // subject, in the first words; not "… take their battle to court").
  if (INSTITUTION.test(text.split(/\s+/).slice(0, SUBJECT_WORDS).join(' '))) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  return !words.some((w, i) => {
    // "IS", "UN", "FBI": an acronym in capitals names a body, even one spelt like a stop word.
    if (/^\p{Lu}{2,}$/u.test(w) && i > 0) return true;
    if (!/^\p{Lu}[\p{L}'’.-]*\p{L}/u.test(w) || CALENDAR_WORD.test(w) || STOP_WORDS.has(w.toLowerCase())) return false;
    if (i > 0) return !NAMELESS_FIRST_WORD.test(w);
    const seen = story.cases.get(w.toLowerCase());
    return seen !== undefined && seen.capitalised >= 2 && seen.lower * NAME_CASE_RATIO < seen.capitalised;
  });
}
