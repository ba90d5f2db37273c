// A bullet whose subject is a definite description of something the story told of before ("The
// embarrassing remark left the mother-of-six mortified …", "The documentary explained …"):
// "the" points back to a sentence the box does not have. The bullet reads as a fact only after
// another bullet that names the thing.
import type { Sentence } from './candidate.ts';
import { wordKey } from './factText.ts';
import { firstMention } from './storyWords.ts';
import { verbForm } from './verbForm.ts';

/** Most words between "The" and the head of its noun phrase ("The [brutal late-night] attack"). */
const MAX_MODIFIERS = 3;
/** Relative pronouns that open a restrictive clause straight after a noun: "the car that hit him". */
const RESTRICTIVE = /^(?:that|who|which|whose)$/;
/** Prepositions of place that, before a name, make a noun phrase say which thing it is. */
const PLACE_PREPOSITION = /^(?:in|at|near|outside|on)$/;
/** Words that end a subject noun phrase before its verb: a preposition or a relative opens its post-modifier. */
const AFTER_HEAD = /^(?:in|on|at|of|for|from|with|by|who|which|that|near|over|under|behind|between)$/;

/**
 * The key of a bullet's subject head when the subject is "The" + a common noun the story used
 * before the bullet's sentence; undefined otherwise. Names ("The Duchess"), people (the
 * unnamed-subject rules take "The man") and nouns the sentence introduces itself are no such
 * subject.
 */
export function givenSubject(text: string, sentence: Sentence): string | undefined {
  const words = text.split(/\s+/);
  if (words[0] !== 'The') return undefined;
  let head: string | undefined;
  for (let i = 1; i <= MAX_MODIFIERS + 1 && i < words.length; i++) {
    const word = words[i]!.replace(/[,;:]$/, '');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return undefined;
    const next = words[i + 1]?.replace(/[,;:]$/, '') ?? '';
    if (verbForm(next) !== undefined || AFTER_HEAD.test(next) || /[,;:]$/.test(words[i]!)) {
      // "The silver car that hit Mr Zhang …": a restrictive relative clause says which car; the
      // subject identifies itself and points back to nothing.
      if (RESTRICTIVE.test(next) && !/[,;:]$/.test(words[i]!)) return undefined;
      head = word;
      break;
    }
  }
  const key = head === undefined ? undefined : wordKey(head);
  if (key === undefined) return undefined;
  const first = firstMention(sentence.source).get(key);
  return first !== undefined && first < sentence.start ? key : undefined;
}

/**
 * Words that make "the" need no antecedent: a rank or a set phrase ("the first time", "the same
 * day", "the rest"), or what any story's situation supplies ("the police", "the world").
 */
const SITUATION_WORDS = /^(?:first|second|third|last|next|same|whole|other|latest|best|most|only|final|following|previous|time|way|world|moment|day|week|month|year|end|start|rest|number|people|public|police|government|country|city|area|region|weekend|morning|afternoon|evening|night|past|future|side|top|bottom|table|league|session|polls|match|game|season|court|trial|jury|election|war|stadium|crowd|title|race|series|club|team|squad|campaign|law|economy|market|markets|industry|company|firm|case|home|house|family|scene|street|road|ball|pitch|field|border|capital|nation|state|town|village|hospital|school|university|prison|jail)$/;

/** Determiners that point back whatever the noun: "these claims", "both clubs". */
const POINTING = /^(?:these|those|both)$/;
const PREPOSITION = /^(?:from|of|in|at|by|for|with|to|on|between|among|against|about|over|under|into)$/;
/** Nouns a demonstrative dates rather than points back with: "that day", "those years". */
const TIME_NOUN = /^(?:time|times|day|days|week|weeks|month|months|year|years|night|morning|evening|season|period|moment|point|way)$/;

/** Words after which a definite noun phrase has ended: what follows is no part of it. */
const PHRASE_END = /^(?:and|but|or|as|to|than|after|before|when|while|because|since|until|if)$/;

/**
 * The keys of the things a bullet refers to as "the" + a common noun the story used before the
 * bullet's sentence, wherever they stand ("… has been key to the discoveries", "… were eliminated
 * from the competition", "the car"): each points back to a sentence the box may not have. The
 * subject is givenSubject's; this reads the rest of the bullet.
 */
export function givenThings(text: string, sentence: Sentence): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  const first = firstMention(sentence.source);
  // Inside quotation marks the words are the speaker's, who may point to what they like.
  let quoted = false;
  for (let t = 1; t < words.length; t++) {
    const marks = (words[t - 1]!.match(/["“”]/g) ?? []).length;
    if (marks % 2 === 1) quoted = !quoted;
    const determiner = words[t]!;
    // "from both clubs", "of these claims": a demonstrative or "both" after a preposition points
    // back whatever words the story used before; "the" only to a thing it told of in those words.
    // ("Zaw Lin and Win Zaw Htun, both migrant workers" sums up what it follows; "that" mostly
    // opens a clause.)
    const pointing = POINTING.test(determiner) && PREPOSITION.test(words[t - 1]!);
    if ((determiner !== 'the' && !pointing) || quoted) continue;
    let head: string | undefined;
    for (let i = t + 1; i <= t + MAX_MODIFIERS + 1 && i < words.length; i++) {
      const raw = words[i]!;
      // "the magazine's regular feature": a possessive ends the owner's noun phrase.
      const owner = /^(\p{Ll}[\p{Ll}-]*)['’]s$/u.exec(raw)?.[1];
      if (owner !== undefined) { if (!SITUATION_WORDS.test(owner)) head = owner; break; }
      const word = raw.replace(/[,;:.!?'’"”)]+$/, '');
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || SITUATION_WORDS.test(word)) break;
      const next = words[i + 1]?.replace(/[,;:]$/, '');
      if (next === undefined || word !== raw || verbForm(next) !== undefined || AFTER_HEAD.test(next) || PHRASE_END.test(next)) {
        if (word === raw && next !== undefined && RESTRICTIVE.test(next)) break;
        // "the rented villa in St. John", "the factory near Leeds": a place named after the noun
        // says which one, as a relative clause would (blind reading r41 missed the suspected
        // cause, told of "the rented villa in St. John", in a box that never named the villa).
        if (word === raw && next !== undefined && PLACE_PREPOSITION.test(next) && /^\p{Lu}/u.test(words[i + 2] ?? '')) break;
        head = word;
        break;
      }
    }
    const key = head === undefined ? undefined : wordKey(head);
    const at = key === undefined ? undefined : first.get(key);
    // "… by a car, and the car sped off": the bullet introduces it itself.
    const introduced = key !== undefined && words.slice(0, t).some((w) => wordKey(w.replace(/[^\p{L}'’-]+/gu, '')) === key);
    if (key !== undefined && !introduced && (pointing ? !TIME_NOUN.test(head!) : at !== undefined && at < sentence.start)) out.push(key);
  }
  return out;
}

/** Nouns a person's possessive names without pointing back: kin and the body. */
const OWN_ALWAYS = /^(?:wife|husband|son|daughter|mother|father|brother|sister|family|children|child|parents|partner|girlfriend|boyfriend|home|life|career|head|face|hand|hands|job|name|age)$/;

/**
 * The keys of the things a bullet names as "his", "her" or "their" + a noun the story used before
 * the bullet's sentence ("He later said his message was a joke", after "he posted a message saying
 * …"): read only where the bullet's subject came from further back, where the sentence is a
 * continuation of one the box may not give.
 */
export function possessedThings(text: string, sentence: Sentence): string[] {
  const words = text.split(/\s+/);
  const first = firstMention(sentence.source);
  const out: string[] = [];
  for (let t = 0; t + 1 < words.length; t++) {
    if (!/^(?:his|her|their|its)$/i.test(words[t]!)) continue;
    const noun = words[t + 1]!.replace(/[,;:.!?'’"”)]+$/, '');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || OWN_ALWAYS.test(noun)) continue;
    const key = wordKey(noun);
    const at = key === undefined ? undefined : first.get(key);
    if (key !== undefined && at !== undefined && at < sentence.start) out.push(key);
  }
  return out;
}
