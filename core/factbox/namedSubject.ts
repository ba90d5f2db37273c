// Who a bullet's subject is when its sentence does not name them: the person a "He" or "She"
// points back to, and the main person behind "The 39-year-old". A bullet names them the way
// a headline would, citing where the name stands; a wrong name is worse than none, so each
// rule gives up whenever the story leaves room for someone else.
import type { Citation } from '../types.ts';
import { LEADING_FILLER, STOP_WORDS, type FactToken } from './factText.ts';
import type { Sentence } from './candidate.ts';
import { MAX_ANALYSED_CHARS } from './storyWords.ts';
import { VERB_ADVERBS, verbForm } from './verbForm.ts';
import { findAsides } from './findAsides.ts';
import { NOT_NAMES, mainPerson, surnameFirstUse } from './mainPerson.ts';
import { CAPTION_LABEL } from './gluedSentenceStart.ts';

/** A person's name as a sentence's subject, for a bullet that would otherwise open with "He" or a bare verb. */
export interface NamedSubject {
  /** The surname, as a bullet writes it ("Bader"). */
  readonly surname: string;
  /** Where the surname stands in the source. */
  readonly citation: Citation;
  /** Token index of the surname in its sentence and of the verb the name is subject of. */
  readonly surnameAt: number;
  readonly verbAt: number;
  /** "he" after "Mr", "she" after "Mrs", "Ms" or "Miss". */
  readonly gender?: 'he' | 'she';
  /** Where the bullet resumes after a described subject ("the 19-year-old Scot" -> the verb). */
  readonly resumeAt?: number;
  /** The age a described subject gave ("the 39-year-old"), written after the name: "Locke, 39,". */
  readonly age?: { readonly text: string; readonly citation: Citation };
  /** Named from further back than the sentence before (see mainPersonAntecedent): its sentence points back. */
  readonly distant?: boolean;
}

/** "the 39-year-old" opening a clause, with the age in its first group. */
export const AGE_DESCRIPTION = /^(\d{1,3})-year-old$/;
/** Most words describing a person after their age ("former Killie defender"). */
const MAX_AGE_DESCRIPTION = 3;

/** Where the predicate resumes after an appositive opening at `from` ("a native of Tbilisi, Georgia, fled"), if it does within ten words. */
function appositiveEnd(tokens: readonly FactToken[], from: number): number | undefined {
  if (!/^(?:a|an|the)$/.test(tokens[from]?.raw ?? '')) return undefined;
  for (let j = from + 2; j < Math.min(tokens.length, from + 10); j++) {
    if (/[.;:!?]$/.test(tokens[j - 1]!.raw)) return undefined;
    if (/,$/.test(tokens[j - 1]!.raw) && verbForm(tokens[j]!.raw) !== undefined) return j;
  }
  return undefined;
}

/**
 * A clause whose subject is an age alone ("The 39-year-old paid tribute …", "the 31-year-old
 * also altered …") after the story has named its main person: newsroom style uses the age as
 * a second reference to that person, so the bullet names them the way a headline would
 * ("Locke, 39, paid tribute …"). Not when the story gives the same age to anyone else
 * ("Julie Jeffrey, 50"), nor before the person is first named.
 */
export function agedSubject(sentence: Sentence, [a, b]: readonly [number, number], asides: readonly (readonly [number, number])[]): NamedSubject | undefined {
  const { tokens, source } = sentence;
  if (b - a < 2 || tokens[a]!.lower !== 'the') return undefined;
  // "The 39-year-old paid …", or past an aside: "The 26-year-old, a native of Tbilisi, fled …".
  const age = AGE_DESCRIPTION.exec(tokens[a + 1]!.raw.replace(/,$/, ''));
  // "The 19-year-old Scot carded …", "the 39-year-old former Killie defender has paid …": the
  // words describing the person go with the age, the name says who it is.
  let described = a + 2;
  while (described < Math.min(b, a + 2 + MAX_AGE_DESCRIPTION) && /^\p{L}[\p{L}'’-]*$/u.test(tokens[described]!.raw)
    && verbForm(tokens[described]!.raw) === undefined && !VERB_ADVERBS.test(tokens[described]!.raw) && !STOP_WORDS.has(tokens[described]!.lower)) described++;
  const verbAt = /,$/.test(tokens[a + 1]!.raw) ? asides.find(([from]) => from === a + 2)?.[1] ?? appositiveEnd(tokens, a + 2) : described;
  if (verbAt === undefined || (/,$/.test(tokens[a + 1]!.raw) && verbAt >= tokens.length)) return undefined;
  const verb = tokens[verbAt];
  if (!age || !verb || !(verbForm(verb.raw) !== undefined || (VERB_ADVERBS.test(verb.raw) && verbForm(tokens[verbAt + 1]?.raw ?? '') !== undefined))) return undefined;
  const person = mainPerson(source);
  if (!person || person.at >= tokens[a]!.start) return undefined;
  const years = age[1]!;
  // Someone else of that age, or the person given another: "Jeffrey, 50,", "50-year-old Jeffrey".
  const text = source.text.slice(0, MAX_ANALYSED_CHARS);
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+),\\s+${years},|\\b${years}-year-old\\s+(?:\\p{Ll}+\\s+){0,3}((?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+)`, 'gu'))) {
    // "26-year-old karate instructor Alexander Soumbadze": the surname may follow a first name.
    // A word the story writes after "the" ("the 19-year-old Scot", "the Scot") is no name.
    const name = m[1] ?? m[2]!;
    if (!name.split(/\s+/).includes(person.surname) && !new RegExp(`\\b[Tt]he\\s+${name}\\b`).test(text)) return undefined;
  }
  for (const m of text.matchAll(new RegExp(`${person.surname},\\s+(\\d{1,3}),`, 'gu'))) if (m[1] !== years) return undefined;
  const at = tokens[a + 1]!.start;
  return {
    surname: person.surname,
    citation: { sourceId: source.id, start: person.at, end: person.at + person.surname.length },
    surnameAt: a,
    verbAt,
    resumeAt: /,$/.test(tokens[a + 1]!.raw) ? a + 2 : verbAt,
    age: { text: years, citation: { sourceId: source.id, start: at, end: at + tokens[a + 1]!.raw.replace(/,$/, '').length } },
  };
}

/** Nouns of a role a story calls its main person by: "the five-time world champion", "the former Hearts boss". */
const ROLE_NOUN = /^(?:champion|winner|star|striker|forward|midfielder|defender|goalkeeper|keeper|manager|boss|coach|captain|veteran|golfer|boxer|player|rider|driver|sprinter|runner|actor|actress|singer|star|tycoon|billionaire|businessman|businesswoman|politician|minister|teacher|officer|prosecutor|executive)$/;
/** Most words describing the role before its noun ("five-time world", "former Killie"). */
const MAX_EPITHET = 3;
/** Characters back from the sentence within which the main person must last have been named. */
const EPITHET_REACH = 600;

/**
 * "On the table the five-time world champion enjoyed a successful day …" a sentence after the
 * story named Ronnie O'Sullivan: an epithet for the story's main person (see mainPerson), as a
 * second reference, after the story last named that person and no one else; the bullet names
 * them ("O'Sullivan enjoyed a successful day …"). Not when the story gives the epithet to anyone
 * by name ("five-time world champion Steve Davis"), nor before the person is first named.
 */
export function epithetSubject(sentence: Sentence, [a, b]: readonly [number, number]): NamedSubject | undefined {
  const { tokens, source } = sentence;
  if (b - a < 3 || tokens[a]!.lower !== 'the') return undefined;
  let k = a + 1;
  while (k < Math.min(b, a + 1 + MAX_EPITHET) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.raw) && !ROLE_NOUN.test(tokens[k]!.raw)) k++;
  if (k >= b || !ROLE_NOUN.test(tokens[k]!.raw) || verbForm(tokens[k + 1]?.raw ?? '') === undefined) return undefined;
  const person = mainPerson(source);
  if (!person || person.at >= tokens[a]!.start) return undefined;
  const text = source.text.slice(0, MAX_ANALYSED_CHARS);
  const before = text.slice(Math.max(0, sentence.start - EPITHET_REACH), sentence.start);
  const last = before.lastIndexOf(person.surname);
  if (last < 0) return undefined;
  // No one else named since the person was.
  const known = surnameFirstUse(source);
  for (const w of before.slice(last + person.surname.length).match(/\p{Lu}\p{Ll}+/gu) ?? []) if (w !== person.surname && known.has(w)) return undefined;
  // The epithet given to someone by name.
  const epithet = tokens.slice(a + 1, k + 1).map((t) => t.raw).join(' ');
  for (const m of text.matchAll(new RegExp(`${epithet.replace(/[-]/g, '\\-')}\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(\\p{Lu}[\\p{L}'’]+)`, 'gu'))) if (m[1] !== person.surname) return undefined;
  return { surname: person.surname, citation: { sourceId: source.id, start: person.at, end: person.at + person.surname.length }, surnameAt: a, verbAt: k + 1, resumeAt: k + 1 };
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
export const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?,?$/u;

const THIRD_PERSON = /^(?:he|him|his|himself|she|her|hers|herself)$/;

/** Words that open an adverbial before a sentence's subject, and the longest such adverbial in tokens. */
const ADVERBIAL_START = /^(?:In|On|At|After|Before|With|Following|During|Despite|Since|Having|Once|Until)$/;
const MAX_ADVERBIAL = 12;

/**
 * The person a sentence opens with as its subject ("Douglas Bader recovered …", "Mr Davey was
 * asked …", "Bader – who lost his legs – was shot down …"), or nothing when the opening is not
 * plainly one person's name or the sentence names anyone else before `limit`: a wrong name is
 * worse than a pronoun.
 */
export function openingPerson(sentence: Sentence, limit = sentence.tokens.length): NamedSubject | undefined {
  const { tokens, source } = sentence;
  let i = 0;
  if (CAPTION_LABEL.test(tokens[0]?.raw ?? '')) i = 1;
  // "In a serious bid to slim down Lizzi began …": past a leading adverbial, the name that opens
  // the main clause.
  if (ADVERBIAL_START.test(tokens[i]?.raw ?? '')) {
    for (let k = i + 2; k < Math.min(tokens.length - 1, i + MAX_ADVERBIAL); k++) {
      if (!NAME_WORD.test(tokens[k]!.raw) || TITLE.test(tokens[k]!.raw)) continue;
      if (/^\p{Ll}+,?$/u.test(tokens[k - 1]!.raw)) i = k;
      break;
    }
  }
  const nameStart = i;
  const titled = TITLE.test(tokens[i]?.raw ?? '');
  if (titled) i++;
  while (i < tokens.length && i - nameStart < 4 && NAME_WORD.test(tokens[i]!.raw)) {
    i++;
    if (/,$/.test(tokens[i - 1]!.raw)) break;
  }
  const words = tokens.slice(nameStart, i);
  const nameWords = words.length - (titled ? 1 : 0);
  if (nameWords < 1 || nameWords > 3 || words.some((t) => STOP_WORDS.has(t.lower) || LEADING_FILLER.has(t.lower) || NOT_NAMES.test(t.raw.replace(/,$/, '')))) return undefined;
  const surname = tokens[i - 1]!;
  const bare = surname.raw.replace(/,$/, '');
  // One word alone is a name only if the story has used it as a surname before ("Douglas Bader … Bader").
  if (nameWords === 1 && !titled && !((surnameFirstUse(source).get(bare) ?? Infinity) < surname.start)) return undefined;
  // The predicate, past an aside or an age ("Bader – who … – was shot down", "Mason, 56, plundered").
  let verbAt = i;
  const aside = findAsides(tokens).find(([a]) => a === i);
  if (aside) verbAt = aside[1];
  else if (/,$/.test(surname.raw)) {
    if (!/^\d{1,3},$/.test(tokens[i]?.raw ?? '')) return undefined;
    verbAt = i + 1;
    // "Allen, 27, of Columbus pleaded …"
    if (/^(?:of|from)$/.test(tokens[verbAt]?.raw ?? '')) {
      let j = verbAt + 1;
      while (j < verbAt + 4 && NAME_WORD.test(tokens[j]?.raw ?? '')) j++;
      if (j > verbAt + 1) verbAt = j;
    }
  }
  while (verbAt < tokens.length && VERB_ADVERBS.test(tokens[verbAt]!.raw)) verbAt++;
  const verb = tokens[verbAt];
  if (!verb || verbForm(verb.raw) === undefined) return undefined;
  if (!namesNoOneElse(sentence, i, limit)) return undefined;
  const title = titled ? tokens[nameStart]!.raw.replace(/\.$/, '') : '';
  const gender = title === 'Mr' ? 'he' : /^(?:Mrs|Ms|Miss)$/.test(title) ? 'she' : undefined;
  return { surname: bare, citation: { sourceId: source.id, start: surname.start, end: surname.start + bare.length }, surnameAt: i - 1, verbAt, gender };
}

/** Whether tokens from `from` to `limit` name no one ("Mr Yeaman", "Gov. Sam Brownback"): another name makes a pronoun ambiguous. */
function namesNoOneElse(sentence: Sentence, from: number, limit = sentence.tokens.length): boolean {
  const { tokens } = sentence;
  for (let j = from; j < Math.min(limit, tokens.length); j++) {
    const t = tokens[j]!;
    if (TITLE.test(t.raw) || (NAME_WORD.test(t.raw) && !/,$/.test(t.raw) && NAME_WORD.test(tokens[j + 1]?.raw ?? ''))) return false;
  }
  return true;
}

/**
 * Where a sentence's "he" or "she" subject stands: first ("He was hit …"), or after an opening
 * time of two words ("In 2007 she made …", "On Friday he said …"); undefined when it has none.
 */
export function pronounSubjectAt(tokens: readonly FactToken[]): number | undefined {
  if (/^(?:He|She)$/.test(tokens[0]?.raw ?? '')) return 0;
  // "Incredibly, she achieved …": a sentence adverb the bullet leaves out, then the pronoun.
  if (/^\p{Lu}\p{Ll}+ly,$/u.test(tokens[0]?.raw ?? '') && /^(?:he|she)$/.test(tokens[1]?.raw ?? '')) return 1;
  const time = /^(?:In|On|By)$/.test(tokens[0]?.raw ?? '') && /^(?:(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[1]?.raw ?? '');
  if (time && /^(?:he|she)$/.test(tokens[2]?.raw ?? '')) return 2;
  // "Since, he has headed …", "Two days after his interview with police, he fled …": an opening
  // adverbial of time closed by a comma, then the pronoun.
  if (!TIME_OPENER.test(tokens[0]?.raw ?? '')) return undefined;
  for (let k = 0; k < Math.min(tokens.length - 1, MAX_ADVERBIAL); k++) {
    if (!/,$/.test(tokens[k]!.raw)) continue;
    return /^(?:he|she)$/.test(tokens[k + 1]!.raw) ? k + 1 : undefined;
  }
  return undefined;
}

/** Words that open an adverbial of time before a subject: "Since, he …", "Two days after …, he …", "Later that year, she …". */
const TIME_OPENER = /^(?:Since,?|Later,?|Afterwards,?|Then,?|Previously,?|Earlier,?|After|Before|Within|Weeks|Months|Years|Days|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|\d+))$/;

/** Sentences back within which the story's main person was last named, for a pronoun to stand for them. */
const MAIN_PERSON_REACH = 4;
/** How many more times the story must say one pronoun than the other for it to be the main person's. */
const PRONOUN_LEAD = 4;

/**
 * "Since, he has headed up the security departments at eBay, PayPal, and Facebook" three sentences
 * after "Uber has poached … Joe Sullivan": in a story about one person (see mainPerson), a "he" or
 * "she" whose nearest sentences name no one else stands for that person, when the story uses that
 * pronoun and almost never the other. A wrong name is worse than a pronoun, so every condition must hold.
 */
export function mainPersonAntecedent(sentences: readonly Sentence[], i: number): NamedSubject | undefined {
  const sentence = sentences[i]!;
  const at = pronounSubjectAt(sentence.tokens);
  if (at === undefined) return undefined;
  const person = mainPerson(sentence.source);
  if (!person || person.at >= sentence.start) return undefined;
  const male = sentence.tokens[at]!.lower === 'he';
  const text = sentence.source.text.slice(0, MAX_ANALYSED_CHARS);
  const his = text.match(/\b(?:he|him|his|himself)\b/gi)?.length ?? 0;
  const hers = text.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0;
  if (male ? his < PRONOUN_LEAD * Math.max(1, hers) || hers > 1 : hers < PRONOUN_LEAD * Math.max(1, his) || his > 1) return undefined;
  const known = surnameFirstUse(sentence.source);
  for (let k = i - 1; k >= 0 && k >= i - MAIN_PERSON_REACH; k--) {
    const before = sentences[k]!;
    if (before.source !== sentence.source) return undefined;
    const words = before.tokens.map((t) => t.raw.replace(/[^\p{L}'’-]+$/u, ''));
    if (words.includes(person.surname)) return { surname: person.surname, citation: { sourceId: sentence.source.id, start: person.at, end: person.at + person.surname.length }, surnameAt: -1, verbAt: -1, gender: male ? 'he' : 'she', distant: true };
    // Anyone else named on the way back may be whom the pronoun means.
    if (words.some((w) => w !== person.surname && known.has(w)) || !namesNoOneElse(before, 1)) return undefined;
  }
  return undefined;
}

/**
 * The person a sentence opening "He" or "She" refers to: the one person the previous sentence
 * opens with, provided that sentence names no one else, never uses the other pronoun, and shows
 * the person's gender by a title ("Mr", "Mrs") or by the same pronoun ("his", "her").
 */
export function antecedentOf(previous: Sentence, sentence: Sentence, previousAntecedent?: NamedSubject): NamedSubject | undefined {
  const at = pronounSubjectAt(sentence.tokens);
  if (at === undefined) return undefined;
  const pronoun = sentence.tokens[at]!.raw === 'he' ? 'He' : sentence.tokens[at]!.raw === 'she' ? 'She' : sentence.tokens[at]!.raw;
  // "He created … He skewered …": the same pronoun carries its person on, if no one else came up.
  const carried = previousAntecedent && previous.tokens[0]?.raw === pronoun && namesNoOneElse(previous, 1) ? { ...previousAntecedent, gender: pronoun.toLowerCase() as 'he' | 'she' } : undefined;
  const person = openingPerson(previous) ?? carried;
  if (!person) return undefined;
  const male = pronoun === 'He';
  const pronouns = previous.tokens.filter((t) => THIRD_PERSON.test(t.lower)).map((t) => /^(?:he|him|his|himself)$/.test(t.lower));
  if (pronouns.includes(!male) || (person.gender ?? (pronouns.includes(male) ? pronoun.toLowerCase() : undefined)) !== pronoun.toLowerCase()) return undefined;
  return person;
}
