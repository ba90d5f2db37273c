// What a bullet must be to stand on its own in a fact box: a well-formed statement (a subject
// and a predicate, headline style allowed) or a figure with what it counts; never cut off on a
// word that promises more; quotes and brackets closed; none of the page's furniture. A bullet
// that fails any of these is not offered: a shorter, true bullet from another sentence is.
import { isParticiple } from './headlineDrops.ts';

/** Longest bullet in words (the rubric's "about 25 words or fewer"). */
export const MAX_BULLET_WORDS = 25;

/**
 * Words a statement cannot end on: prepositions, conjunctions, determiners, possessives,
 * auxiliaries, relative and subordinating words, "to".
 */
const DANGLING = new Set((
  'a an the this that these those his her its their our my your some any each every no ' +
  'of to in on at for with by from into onto over under about after before during since until ' +
  'than as like via per against among between through toward towards upon within without near ' +
  'and or but nor so yet because although though while whereas if unless when where whether ' +
  'who whom whose which what is are was were be been being has have had do does did will would ' +
  'shall should can could may might must not including such especially particularly notably even just only ' +
  'mainly largely partly mostly chiefly'
).split(' '));

/** Finite verbs and modals that make a clause a statement whatever else it holds. */
const FINITE = new Set((
  'is are was were has have had will would can could may might must should shall did does do ' +
  'says said say tells told'
).split(' '));

/** Common irregular simple pasts that are not also participles in headlineDrops' lists. */
const IRREGULAR_PAST = new Set((
  'came went took gave saw knew grew threw drew flew wore tore swore ate fell rose broke spoke chose ' +
  'drove rode wrote stole froze hid bit began ran sang rang sank swam became forgave forbade ' +
  'overtook undertook mistook withdrew arose awoke shook strove wove got ' +
  // Simple pasts that read the same as the present or are not in headlineDrops' participles:
  // "Selby beat Xiao 13-6", "The pair met in 2010", "Crowds stood in silence".
  'beat met stood sat lay slept wept swung dug lit bled bred leapt knelt sprang shrank overcame withstood outran'
).split(' '));

/** "-ing" and "-s" words that are nouns, not a headline's verb ("morning", "news"). */
const NOT_VERBS = new Set((
  'morning evening building thing nothing something anything everything king ring wing spring string ' +
  'ceiling meeting wedding funeral hearing ruling warning training clothing housing funding ' +
  'news series species means politics physics always perhaps famous various serious previous ' +
  'this his its was has is as us thus plus bus gas yes less unless across'
).split(' '));

/** Words a determiner or preposition comes before: a following "-s" word is then a noun. */
const NOUN_CONTEXT = new Set((
  'a an the this that these those his her its their our my your some any each every no two three ' +
  'of to in on at for with by from into about after before over under many several few more most'
).split(' '));

/** What follows a verb: an object's determiner, a preposition, a figure or a name. */
const VERB_COMPLEMENT = /^(?:to|the|a|an|his|her|their|its|him|them|it|that|what|how|why|whether|as|for|in|on|at|with|from|up|out|off|into|about|no|more|some|all|\d.*|\p{Lu}.*)$/u;

/** Page furniture: captions' pointers, prompts, bylines, wire credits, datelines. */
const FURNITURE: readonly RegExp[] = [
  /\bscroll down\b/i,
  /\b(?:click here|read more|most read|see also|watch the video|contributed to this report|continues below)\b/i,
  /\((?:pictured|picture|photo|file|left|right|centre|center|above|below|top|bottom|inset)\b[^)]*\)/i,
  /\((?:CNN|AP|AFP|Reuters)\)/,
  /\b(?:PUBLISHED|UPDATED):/,
  /^By\s+\.?\s*\p{Lu}/u,
  /^(?:Left|Right|Above|Below|Top|Bottom|Inset|Pictured|Picture|Photo)\s*[,:]/,
  // A wire dateline: "LONDON, England --", "WASHINGTON —".
  /^\p{Lu}{3,}(?:[ ,]+\p{Lu}[\p{L}.]*)*\s*(?:--|—)/u,
];

/** Split a bullet into words for the checks, keeping letters, digits and inner marks. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** The word a bullet ends on, lower case, with closing punctuation removed. */
function lastWord(text: string): string {
  const words = wordsOf(text);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[.,;:!?)\]”’"']+$/u, '');
}

/** Whether the bullet ends on a word or mark that promises more: "… for", "… and the", "… ‘". */
export function danglingEnd(text: string): boolean {
  const trimmed = text.trim();
  if (/[,;:([–—-]$|[“‘]$|(?:^|\s)['"]$/u.test(trimmed)) return true;
  // "… was not open yet": after a negation "yet" is the adverb of time, not the conjunction.
  if (/\b(?:not|never|\p{L}+n['’]t)\b[^,;]*\syet$/iu.test(trimmed)) return false;
  // "… retire come the end of May": capitalised after the first word, "May" is the month, not the modal.
  if (/\sMay$/.test(trimmed)) return false;
  // "… remitted the case to be dealt with": a verb that takes "with" ends on it.
  if (/\b(?:dealt|coped|reckoned|dispensed|tampered|interfered|parted|done) with$/.test(trimmed)) return false;
  // "… around 70% of the world's": a possessive after a determiner or "of" still needs its noun.
  if (/(?:^|\s)(?:the|a|an|of|its|their|his|her)\s+[\p{L}-]+['’]s$/iu.test(trimmed)) return true;
  return DANGLING.has(lastWord(trimmed));
}

/** Whether brackets or quotation marks open without closing (or close without opening). */
export function unbalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') { depth--; if (depth < 0) return true; }
  }
  if (depth !== 0) return true;
  if ((text.match(/"/g) ?? []).length % 2 === 1) return true;
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) return true;
  // Single quotes double as apostrophes: an opening one (after a space or at the start, before a
  // letter) needs a closing one after it that is not inside a word.
  for (const open of text.matchAll(/(?:^|[\s(])['‘](?=[\p{L}\p{N}])/gu)) {
    const rest = text.slice(open.index + open[0].length);
    if (!/[\p{L}\p{N}.,!?]['’](?![\p{L}])/u.test(rest)) return true;
  }
  return false;
}

/** Whether the bullet carries page furniture rather than story. */
export function pageFurniture(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

/**
 * Whether a clause has a predicate: a finite verb, a headline's participle ("Mason jailed"),
 * an irregular past ("Bader fell"), a present "-s" verb after its subject ("Bowe faces"), or a
 * headline's "-ing" verb before its complement ("Bowe offering to post tweets").
 */
export function hasPredicate(text: string): boolean {
  const words = wordsOf(text).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’-]+$/gu, ''));
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase();
    if (raw !== w && i > 0) continue;
    if (FINITE.has(w) || IRREGULAR_PAST.has(w)) return true;
    if (i === 0 || NOT_VERBS.has(w)) continue;
    const prev = words[i - 1]!.toLowerCase();
    if (isParticiple(w) && !NOUN_CONTEXT.has(prev)) return true;
    // "-s" and "-ing" words are verbs only before what a verb takes: "faces eight counts",
    // "offering to post"; not "group's founders", "training ground".
    const next = words[i + 1] ?? '';
    // After a headline drops its articles the object follows the verb directly ("kicks ball").
    if (/^\p{Ll}{3,}[^s'’u]s$/u.test(raw) && next !== '' && !NOUN_CONTEXT.has(prev) && !/\d|['’]s$/.test(prev)) return true;
    if (!VERB_COMPLEMENT.test(next)) continue;
    // A plural subject's verb has no "-s": "Clients agree to release …", "Officials fear the
    // worst". Only right after a plural noun that opens the bullet, and never a function word
    // ("Residents near the plant").
    if (pluralPresent(words, i) || shareOfPluralPresent(words, i)) return true;
    // A headline's "-ing" predicate follows its named subject ("Bowe offering to …").
    if (/^\p{Ll}{2,}ing$/u.test(raw) && /^\p{Lu}/u.test(words[i - 1]!) && !/['’]s$/.test(prev)) return true;
  }
  return false;
}

/** Quantifiers that open a plural subject before its noun: "Most fans", "12 pupils". */
const PLURAL_QUANTIFIER = /^(?:Many|Most|Some|All|Both|Several|Few|\d[\d,]*)$/;

/** Prepositions DANGLING leaves out, which follow a plural noun as often as a verb does. */
const PLACE_PREPOSITIONS = new Set('outside inside around behind beyond beside below above along amid alongside throughout across underneath beneath inside atop'.split(' '));

/** Adverbs that may stand between a plural subject and its bare verb: "Germans now consider". */
const MID_ADVERBS = new Set(['now', 'still', 'also', 'often', 'never', 'already', 'increasingly', 'usually', 'generally', 'rarely', 'mostly', 'largely']);
/** Words of a share before "of" and its plural noun: "nine per cent of Germans", "two-thirds of voters". */
const SHARE_WORDS = /^(?:cent|percent|%|half|third|thirds|quarter|quarters|fifth|fifths|most|many|some|all|majority|minority|proportion|share)$/;

/**
 * Whether words[i] is the bare present verb of a share of a plural noun: "Only nine per cent of
 * Germans now consider the end of the conflict a defeat", "two-thirds of voters back the plan".
 */
function shareOfPluralPresent(words: readonly string[], i: number): boolean {
  const raw = words[i]!;
  if (!/^\p{Ll}{3,}$/u.test(raw) || /(?:s|ed|ing|ly)$/.test(raw) || DANGLING.has(raw) || NOT_VERBS.has(raw) || PLACE_PREPOSITIONS.has(raw)) return false;
  const n = MID_ADVERBS.has(words[i - 1]?.toLowerCase() ?? '') ? i - 2 : i - 1;
  const noun = words[n] ?? '';
  if (!/^\p{L}+[^sui'’]s$/u.test(noun) || words[n - 1]?.toLowerCase() !== 'of') return false;
  return SHARE_WORDS.test(words[n - 2]?.toLowerCase() ?? '') || /^(?:\d[\d.,]*%|\p{L}+-(?:thirds|quarters|fifths))$/u.test(words[n - 2] ?? '');
}

/** Whether words[i] is the bare present verb of the plural noun before it (see hasPredicate). */
function pluralPresent(words: readonly string[], i: number): boolean {
  const raw = words[i]!;
  const noun = words[i - 1]!;
  if (!/^\p{Ll}{3,}$/u.test(raw) || /(?:s|ed|ing|ly)$/.test(raw) || DANGLING.has(raw) || NOT_VERBS.has(raw) || PLACE_PREPOSITIONS.has(raw)) return false;
  if (!/^\p{L}+[^sui']s$/u.test(noun)) return false;
  // Only a plural that opens the bullet, alone or after a quantifier: after "the" it may be the
  // first half of a compound ("the sales figure for …").
  return i === 1 ? /^\p{Lu}/u.test(noun) : i === 2 && PLURAL_QUANTIFIER.test(words[0]!);
}

/**
 * "Ex-Killie player Locke, who was crestfallen not to be retained": the only verb is the
 * relative clause's, and the subject is left without a predicate.
 */
function relativeWithoutPredicate(text: string): boolean {
  const m = /^(.*?),\s+(?:who|which|whose|whom)\s(.*)$/su.exec(text);
  if (!m || hasPredicate(m[1]!)) return false;
  const close = m[2]!.indexOf(', ');
  return close < 0 || !hasPredicate(m[2]!.slice(close + 2));
}

/**
 * "Major Tom Stallard, larger than life 37-year-old from Somerset captured": a name, a comma
 * and a description that never closes, so the name's own predicate is missing.
 */
function unclosedAppositive(text: string): boolean {
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*),\s(.*)$/u.exec(text);
  // "Steve Esmond, his teenage sons and their mother fell ill": a list of subjects, not an appositive.
  if (!m || /^\d/.test(m[2]!) || /^[^,]*\sand\s/.test(m[2]!)) return false;
  const close = m[2]!.indexOf(', ');
  return close < 0 || !hasPredicate(m[2]!.slice(close + 2));
}

/** A simple past that is not a participle: "took", "fell", "wrote". */
export function isIrregularPast(lower: string): boolean {
  return IRREGULAR_PAST.has(lower);
}

/** Subordinators that cannot open a statement without a main clause after them. */
const OPENING_SUBORDINATOR = /^(?:Although|Though|Because|Whereas|Unless|While|Whilst|If)$/;

/** Subordinators whose clause can hold the only verb of a caption: "Man in his 50s travelling … when he was hit". */
const SUBORDINATORS = /^(?:when|while|whilst|after|before|because|as|since|until|although|though|if|where|whereas|once)$/;

/**
 * "Man in his 50s travelling on his motorbike when he was hit by a car": the only finite verb
 * is the subordinate clause's, so the statement itself has none. Also "Joking that he could do
 * the same, nine-year-old Frankie": an opening participle clause whose subject never gets its verb.
 */
function predicateOnlyInSubordinate(text: string): boolean {
  const words = wordsOf(text);
  // "Although Dr Loader said the sites were very different": a clause opened by a subordinator
  // needs a main clause after its comma; with none, the bullet is all subordinate.
  if (OPENING_SUBORDINATOR.test(words[0] ?? '')) {
    const comma = text.indexOf(', ');
    return comma < 0 || !hasPredicate(text.slice(comma + 2));
  }
  const opener = /^\p{Lu}\p{Ll}+ing$/u.test(words[0] ?? '');
  if (opener) {
    // Without a comma the "-ing" word is an adjective or a gerund subject ("Bruising session …").
    const comma = text.indexOf(', ');
    return comma >= 0 && !hasPredicate(text.slice(comma + 2));
  }
  for (let i = 2; i < words.length - 1; i++) {
    if (!SUBORDINATORS.test(words[i]!) || prepositionalAs(words, i)) continue;
    return !hasPredicate(words.slice(0, i).join(' ')) && !mainVerbAfter(words, i);
  }
  return false;
}

/** A finite verb: an auxiliary, "said", an irregular past, or a regular past in "-ed". */
function isFiniteWord(word: string): boolean {
  const w = word.replace(/[^\p{L}'’]+/gu, '');
  return FINITE.has(w.toLowerCase()) || IRREGULAR_PAST.has(w.toLowerCase()) || /^\p{Ll}{2,}ed$/u.test(w);
}

/**
 * "The silver car that hit Mr Zhang when he pulled out of the junction sped away": a second
 * finite verb after the subordinate clause's own, straight after a noun (no "and", no comma to
 * join it to that clause), is the main clause's, which the subordinate clause interrupted.
 */
function mainVerbAfter(words: readonly string[], sub: number): boolean {
  const verbs: number[] = [];
  for (let k = sub + 1; k < words.length; k++) if (isFiniteWord(words[k]!)) verbs.push(k);
  return verbs.slice(1).some((k) => !/^(?:and|or|but|then|nor|to|had|has|have|was|were|is|are|be|been|being)$/i.test(words[k - 1]!) && !/[,;]$/.test(words[k - 1]!) && !isFiniteWord(words[k - 1]!));
}

/**
 * "see the war as a defeat", "named as Mr Zhang": "as" before a noun phrase with no finite verb
 * after it is a preposition, not a clause ("as he was leaving", "as the storm hit").
 */
function prepositionalAs(words: readonly string[], i: number): boolean {
  if (words[i] !== 'as') return false;
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
    const raw = words[k]!.replace(/[^\p{L}'’]+/gu, '');
    const w = raw.toLowerCase();
    // "as a nurse runs a laser", "as Mr Hatfield calls it": a verb in "-s" after the subject.
    if (FINITE.has(w) || IRREGULAR_PAST.has(w) || (k > i + 1 && /^\p{Ll}{2,}(?:ed|[^s'’]s)$/u.test(raw))) return false;
    if (/[,;:]$/.test(words[k]!)) break;
  }
  return true;
}

/**
 * A plural noun after a possessive or determiner and a singular verb right after it: "Mr
 * Cameron's remarks comes amid …", "the new rules is". A box does not publish the slip, even
 * where the source made it: another sentence is used. The words between are modifiers, never a
 * preposition: in "the number of witnesses is" the subject is "number".
 */
const PLURAL_SUBJECT_SINGULAR_VERB = /(?:^|\s)(?:\p{Lu}[\p{L}.-]*['’]s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]hese|[Tt]hose)\s+(?:(?!(?:of|for|in|on|at|to|with|from|by|and|or|than|that|who|which|whose|about|over|under|between|among|across)\s)\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}{2,}[^siu'’\s]s)\s+(?:is|was|has|comes|goes|remains|seems|appears|follows|looks|stands)\b/u;
/** Words in "-s" that are singular or take either number ("the news is", "the lens was"). */
const SINGULAR_IN_S = /(?:ics|news|series|species|means|lens|headquarters|whereabouts|barracks|gallows|crossroads|odds|premises)$/;

/** Whether a plural subject takes a singular verb (see PLURAL_SUBJECT_SINGULAR_VERB). */
export function pluralWithSingularVerb(text: string): boolean {
  const m = PLURAL_SUBJECT_SINGULAR_VERB.exec(text);
  return m !== null && !SINGULAR_IN_S.test(m[1]!);
}

/**
 * A singular determiner before a plural quantity ("to this thousands of followers", "a hundreds
 * of"): a slip in the source (here "his thousands"), which a bullet must not repeat. "That" is
 * left out: "said that thousands of fans …" is a complement, not a determiner.
 */
const SINGULAR_DETERMINER_PLURAL = /(?:^|\s)(?:[Tt]his|[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother)\s+(?:thousands|hundreds|millions|billions|dozens|tens)\s+of\b/u;

/** Whether a singular determiner stands before a plural quantity (see SINGULAR_DETERMINER_PLURAL). */
export function determinerNumberClash(text: string): boolean {
  return SINGULAR_DETERMINER_PLURAL.test(text);
}

/**
 * An article that does not fit the sound after it: "a avocado based ingredient", "an bike". A
 * slip in the source the box must not repeat. Words that open with a consonant sound though
 * written with a vowel ("a European", "a one-off", any "u": "a university") and silent h ("an hour") fit;
 * capitals are left alone ("an MP", "a FIFA official" are read by letters or not).
 */
const ARTICLE_SOUND_CLASH = /(?:^|\s)(?:[Aa]\s+(?!(?:eu|ewe|one\b|once\b))[aeio]\p{Ll}+|[Aa]n\s+(?!(?:hour|honest|hono|heir))[b-df-hj-np-tv-z]\p{Ll}+)/u;

/** Whether an article clashes with the sound of the next word (see ARTICLE_SOUND_CLASH). */
export function articleSoundClash(text: string): boolean {
  return ARTICLE_SOUND_CLASH.test(text);
}

/**
 * "… the Emmy Award-winning comedy "Time for Beany," working": a participle after a comma opens a
 * phrase ("working with puppets"); a bullet cut after it ends mid-phrase.
 */
const BARE_PARTICIPLE_END = /,["”’']?\s+\p{Ll}+ing$/u;

/** Why a sentence-derived bullet could not stand in a box, or [] when it can. */
export function statementProblems(text: string): string[] {
  const problems: string[] = [];
  const n = wordsOf(text).length;
  if (n > MAX_BULLET_WORDS) problems.push('too long');
  if (danglingEnd(text)) problems.push('dangling end');
  if (unbalanced(text)) problems.push('unbalanced quotes or brackets');
  if (pageFurniture(text)) problems.push('page furniture');
  if (!hasPredicate(text)) problems.push('no predicate');
  else if (relativeWithoutPredicate(text)) problems.push('subject and relative clause without a predicate');
  else if (unclosedAppositive(text)) problems.push('subject and appositive without a predicate');
  else if (predicateOnlyInSubordinate(text)) problems.push('the only verb is a subordinate clause\'s');
  if (/\?\s*$/.test(text)) problems.push('a question');
  // "Mr Jones was long gone; as part of the death march west": after a semicolon comes a clause.
  const afterSemicolon = text.split(/;\s+/).slice(1);
  if (afterSemicolon.some((part) => !hasPredicate(part))) problems.push('a fragment after a semicolon');
  if (pluralWithSingularVerb(text)) problems.push('plural subject with a singular verb');
  if (determinerNumberClash(text)) problems.push('singular determiner before a plural quantity');
  if (articleSoundClash(text)) problems.push('an article that does not fit the next word');
  if (unlicensedPolarity(text)) problems.push('a negative polarity item with no negation');
  if (BARE_PARTICIPLE_END.test(text)) problems.push('a participle cut from its phrase');
  // "Snodgrass' tireless running lifted not only the fans": the "but" half was cut away.
  if (/\bnot\s+only\b/i.test(text) && !/\bnot\s+only\b.*\bbut\b/i.test(text)) problems.push('"not only" without its "but"');
  return problems;
}

/** Words that license "anything like", "at all", "any longer": a negation, a condition, a doubt. */
const POLARITY_LICENSOR = /\b(?:not|no|never|nothing|nobody|none|hardly|barely|scarcely|without|if|whether|unless|doubt(?:s|ed)?)\b|n['’]t\b/i;
/**
 * "… he looked anything like Champions League material": "anything like", "at all" and "any
 * longer" need a negation before them ("hardly looked anything like"). Without one the source
 * slipped, and the bullet would say the opposite of what the writer meant.
 */
export function unlicensedPolarity(text: string): boolean {
  const m = /\b(?:anything like|at all|any longer|any more)\b/i.exec(text);
  return m !== null && !POLARITY_LICENSOR.test(text.slice(0, m.index));
}
