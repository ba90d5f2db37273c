// Ages in apposition belong to the person named before them: "Lee, 34, and Park, 41",
// "a man, 41, and a woman, 23, were arrested", "Tahir Bhatti, a 27-year-old taxi driver". The scanner reads those after a capitalised name;
// this also reads them after a person noun, and records whose age each is, so a swapped pair
// can be caught and an age is never taken for a count.
import type { RawMention } from '../scanMentions.ts';
import { MAX_APPOSITIVE_AGE } from '../tuning.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner, type RefineContext } from './refiner.ts';

/** Nouns for a person an appositive age may follow. */
export const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'teenager', 'driver', 'victim', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'pensioner', 'student', 'suspect', 'officer', 'brother', 'sister', 'friend', 'partner']);

/** Nouns an age follows with "of" ("a woman of 83"); not kin, whose "of" counts ("a mother of three"). */
const OF_AGE_NOUNS = new Set(['man', 'woman', 'person', 'pensioner', 'widow', 'widower', 'lady', 'gentleman', 'boy', 'girl']);

/** Words before a surname that are titles, not given names: "Mr Lee, 34,". */
/**
 * An honorific kept as an owner's given name, marked "~" ("~mr", "~mrs"): a couple sharing a
 * surname is told apart by it ("Mr Scott", "Mrs Scott"), and it rules out no given name.
 */
export function honorificSex(lower: string): string | undefined {
  return /^(?:mr|mrs|ms|miss)$/.test(lower) ? `~${lower}` : undefined;
}

export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev',
  'captain', 'capt', 'major', 'sergeant', 'sgt', 'judge', 'officer', 'detective', 'president', 'king', 'queen', 'prince', 'princess']);


/**
 * Lower-case particles inside a personal name: "Edgar Ricardo de Oliveira", "Ludwig van
 * Beethoven", "Elizeu Santos da Silva". The surname is the capitalised word after them.
 */
export const NAME_PARTICLES = /^(?:de|da|das|do|dos|du|van|von|der|den|le|la|di|del|della|bin|ibn)$/;

/** Words that open a sentence with a comma and are no name: "Yesterday, a 27-year-old man …". */
const OPENING_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'meanwhile', 'however', 'earlier', 'later', 'now', 'then', 'also',
  'instead', 'still', 'overall', 'separately', 'elsewhere', 'nearby', 'inside', 'outside', 'afterwards', 'previously', 'there',
  'here', 'again', 'once', 'last', 'next', 'first', 'second', 'third', 'finally', 'meantime', 'moreover', 'furthermore', 'indeed',
  'and', 'but', 'so', 'yet', 'thus', 'hence', 'police', 'officers', 'witnesses', 'sources', 'reports', 'locals', 'neighbours']);

/** Words that may describe a role between "the" and its noun: "the [former Dons] midfielder, 39,". */
const ROLE_MODIFIERS = 3;

/** Generational suffixes after a surname: "Jackson III", "Griffey Jr". */
const GENERATION = /^(?:Jr|Jr\.|Sr|Sr\.|II|III|IV)$/;

/** Words after "the N-year-old" that are a verb or a clause's start, not the role it names ("said", "carding", "who"). */
const NOT_A_ROLE = /^(?:said|says|was|is|has|had|will|would|who|and|but|added|told|\p{Ll}+ing|\p{Ll}+ed)$/u;

/** Whether a token names a role after an age ("forward", "Ireland", "midfielder"), not a verb. */
function roleNounAt(t: RefineContext['tokens'][number] | undefined): boolean {
  return t !== undefined && t.type === 'word' && !NOT_A_ROLE.test(t.lower);
}

export const attributedAges: MentionRefiner = {
  name: 'attributedAges',
  refine({ tokens }, mentions) {
    let names: Set<string> | undefined;
    const midSentenceNames = (): Set<string> => {
      names ??= new Set(tokens.filter((t, k) => isCapitalised(t) && !opensSentence(tokens, k)).map((t) => t.lower));
      return names;
    };
    return mentions.map((m): RawMention => {
      if ((m.kind !== 'count' && m.kind !== 'age') || m.value === null || m.bound !== undefined || m.high !== undefined) return m;
      // "a 12-year-old boy", "a boy aged 12": the age is the boy's, as "a boy, 12," would be.
      if (m.kind === 'age' && m.owner === undefined) {
        // "Tahir Bhatti, a 27-year-old taxi driver": the age in apposition is the named person's.
        const at = tokenAt(tokens, m.start);
        const surname = tokens[at - 3];
        // A name opening the sentence counts when the text capitalises it mid-sentence too.
        // Or when it is no sentence adverb: a paragraph checked on its own ("Johnson, a 27-year-old
        // doctoral student, died …") may never name its person mid-sentence.
        const opener = (): boolean => opensSentence(tokens, at - 3) && (OPENING_ADVERBS.has(surname!.lower) || /ly$/.test(surname!.lower));
        // So is "Stokes, the 27-year-old Ireland forward": the definite article names a role the
        // person already holds, the age still theirs.
        // Only with its noun: in "took a battering in Dubai, the 27-year-old carding a 75" the age
        // stands for the person, who is no place before it.
        const article = tokens[at - 1]?.lower ?? '';
        if ((/^(?:a|an)$/.test(article) || (article === 'the' && roleNounAt(tokens[m.tokEnd]))) && tokens[at - 2]?.text === ',' && surname && isCapitalised(surname) && (!opensSentence(tokens, at - 3) || midSentenceNames().has(surname.lower) || !opener()) && !TITLES.has(surname.lower)) {
          const given = tokens[at - 4];
          const hasGiven = given !== undefined && isCapitalised(given) && !TITLES.has(given.lower) && !opensSentence(tokens, at - 4);
          return { ...m, owner: surname.lower, ...(hasGiven ? { ownerGiven: given.lower } : {}) };
        }
        const noun = tokens[m.tokEnd];
        if (noun && PERSON_NOUNS.has(noun.lower)) return { ...m, owner: noun.lower };
        const before = tokens[tokenAt(tokens, m.start) - 1];
        const who = tokens[tokenAt(tokens, m.start) - 2];
        if (before?.lower === 'aged' && who && PERSON_NOUNS.has(who.lower)) return { ...m, owner: who.lower };
      }
      const i = tokenAt(tokens, m.start);
      // "a woman of 83 and a man of 91": a person noun and "of" before a bare number is an age.
      const ofWho = tokens[i - 2];
      if (m.kind === 'count' && tokens[i - 1]?.lower === 'of' && ofWho && OF_AGE_NOUNS.has(ofWho.lower) && m.tokEnd === i + 1 && Number.isInteger(m.value) && m.value >= 1 && m.value <= MAX_APPOSITIVE_AGE
        && (tokens[m.tokEnd] === undefined || tokens[m.tokEnd]!.type !== 'word' || /^(?:and|or|who|was|is|had|has)$/.test(tokens[m.tokEnd]!.lower))) {
        return { ...m, kind: 'age', unit: 'year', owner: ofWho.lower };
      }
      // "his son, who was only 19, was badly injured": an age told in a relative clause on a person.
      const whoWas = /^(?:only|just|then|still)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      const relWho = tokens[whoWas - 3];
      // So is "… for Amantina dos Santos Duvirgem, who is 122." on a named one, closing its sentence.
      const relOf = tokens[whoWas - 4];
      const namedRel = relOf !== undefined && /^\p{Lu}\p{Ll}+$/u.test(relOf.text);
      if (m.kind === 'count' && /^(?:was|is)$/.test(tokens[whoWas - 1]?.lower ?? '') && tokens[whoWas - 2]?.lower === 'who' && relWho?.text === ',' && (PERSON_NOUNS.has(relOf?.lower ?? '') || namedRel)
        && m.tokEnd === i + 1 && /^[,.;]$/.test(tokens[m.tokEnd]?.text ?? '.') && Number.isInteger(m.value) && m.value >= 1 && m.value <= MAX_APPOSITIVE_AGE) {
        return { ...m, kind: 'age', unit: 'year', owner: relOf!.lower };
      }
      // "The youngest victim, Larissa Frasao de Almeida, was just 12;": an age told after a named
      // subject set off by commas, at the end of its clause, is that person's.
      const predicate = predicateAge(tokens, i, m);
      if (predicate) return predicate;
      // "Charnley, still 25, admitted", "Mr Scott, then 83, developed": a word of time between the comma and the age.
      const still = /^(?:still|now|then|only|just)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',' ? 1 : 0;
      const at = i - still;
      const comma = tokens[at - 1];
      // "Searcy Jackson III, 50", "Ken Griffey Jr, 52": a generational suffix is no surname; the
      // age is Jackson's, as "Jackson, 50" elsewhere gives it.
      const suffix = GENERATION.test(tokens[at - 2]?.text ?? '') && isCapitalised(tokens[at - 3]) ? 1 : 0;
      const who = tokens[at - 2 - suffix];
      const after = tokens[m.tokEnd];
      if (comma?.text !== ',' || !who || who.type !== 'word' || m.tokEnd !== i + 1 || tokens[i]?.type !== 'num') return m;
      // A dash may close the apposition a dash opened: "A seventh victim - Elizeu Santos da Silva, 47 - somehow survived".
      const closingDash = after !== undefined && /^[-–—]$/.test(after.text) && after.spaced !== false && /^\p{Ll}/u.test(tokens[m.tokEnd + 1]?.text ?? '');
      // A bracket may close a list of names with ages: "four (Vinay Sharma, 20, … and Mukesh Singh, 26)".
      // "Mrs Zaghari-Ratcliffe, 38 has spent time in solitary confinement": the closing comma lost
      // before the verb; the age is still the named person's.
      // Not "were": one person of that age takes a singular verb, and "… at Yun Men Tsui Ti, 67
      // were missing" counts the missing.
      const verbAfter = after !== undefined && /^(?:has|had|is|was|said|says|will|would|remains|remained|denies|denied)$/.test(after.lower);
      if (!(after === undefined || after.text === ',' || after.text === '.' || after.text === ')' || after.lower === 'and' || verbAfter || closingDash)) return m;
      // "The striker, 35, scored": a role named with "the" and an age between commas is a person.
      // So is one described at more length: "the Argentina forward, 32,", "The former Dons midfielder, 39,".
      // A hyphenated modifier is one word: "The six-time world champion, 39,".
      const described = (): boolean => {
        let words = 0;
        for (let k = at - 3; k >= 0 && words <= ROLE_MODIFIERS; k--) {
          const t = tokens[k]!;
          if (t.lower === 'the') return true;
          if (/^[-‑]$/.test(t.text) && !t.spaced && tokens[k + 1]?.spaced === false) continue;
          if (t.type !== 'word') return false;
          words++;
        }
        return false;
      };
      const role = after?.text === ',' && /^\p{Ll}+$/u.test(who.text) && described();
      const person = PERSON_NOUNS.has(who.lower) || role;
      const named = who.text[0] !== who.text[0]?.toLowerCase();
      // "Nazanin Zaghari-Ratcliffe, 41": a double-barrelled surname is the whole of it, not
      // "Ratcliffe", which may be another person's ("Mr Ratcliffe, 41").
      const barrel = tokens[at - 3 - suffix];
      if (named && barrel && /^[-‑]$/.test(barrel.text) && barrel.spaced === false && isCapitalised(tokens[at - 4])) {
        const first = tokens[at - 4 - suffix]!;
        const given = tokens[at - 5 - suffix];
        const hasGivenName = given !== undefined && isCapitalised(given) && !TITLES.has(given.lower) && !opensSentence(tokens, at - 5 - suffix);
        if (m.kind === 'count' && (!Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE)) return m;
        return { ...m, kind: 'age', unit: 'year', owner: `${first.lower}-${who.lower}`, ...(hasGivenName ? { ownerGiven: given.lower } : {}) };
      }
      // The scanner reads "Name, 34," as an age; between a comma and a closing dash it is one too.
      const closingBracket = after?.text === ')' && bracketOpenBefore(tokens, i);
      if (m.kind === 'count' && (!(person || (named && (closingDash || closingBracket || still === 1 || verbAfter))) || !Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE)) return m;
      if (!person && !named) return m;
      // "Jyoti Singh, 23" and "Mukesh Singh, 26" are two people: keep the given name when written.
      const given = tokens[at - 3 - suffix];
      const hasGiven = named && given !== undefined && isCapitalised(given) && !TITLES.has(given.lower);
      // "Mrs Scott, 81" is not "Mr Scott, then 83": an honorific tells which of a couple.
      const sex = named && given !== undefined ? honorificSex(given.lower) : undefined;
      if (!hasGiven) return { ...m, kind: 'age', unit: 'year', owner: who.lower, ...(sex ? { ownerGiven: sex } : {}), ...(role && !PERSON_NOUNS.has(who.lower) ? { ownerRole: true } : {}) };
      // At the start of a sentence any word is capitalised ("Married Adeli, 32,"): there it is
      // surely a name only when the text capitalises it mid-sentence too.
      const opens = opensSentence(tokens, at - 3 - suffix) && !midSentenceNames().has(given.lower);
      return { ...m, kind: 'age', unit: 'year', owner: who.lower, ownerGiven: given.lower, ...(opens ? { ownerGivenOpens: true } : {}) };
    });
  },
};

/** Words between "was" and a predicate age: "was just 12", "was only 19", "was aged 48", "is now 81". */
const AGE_LINKS = new Set(['just', 'only', 'aged', 'now', 'still']);

/** The age after "Name, was (just) N" at the end of its clause, or undefined. */
function predicateAge(tokens: RefineContext['tokens'], i: number, m: RawMention): RawMention | undefined {
  if (m.kind !== 'count' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE || m.tokEnd !== i + 1) return undefined;
  // The age closes its clause: "was 16.", "is now 81 and said …".
  const closes = /^[.;,]$/.test(tokens[m.tokEnd]?.text ?? '.') || tokens[m.tokEnd]?.lower === 'and';
  if (!closes) return undefined;
  let k = i - 1;
  if (AGE_LINKS.has(tokens[k]?.lower ?? '')) k--;
  if (!/^(?:was|is)$/.test(tokens[k]?.lower ?? '')) return undefined;
  // "Kadiza Sultana was 16.": a given name and a surname straight before the verb, mid-sentence
  // or with the sentence opening on them, no further capital before them (not "Manchester United").
  // "He was 88.": a sentence of a pronoun, "was" and a number, the number closing it, is an
  // obituary's age; whose, the sentences before say.
  if (/^(?:he|she)$/.test(tokens[k - 1]?.lower ?? '') && opensSentence(tokens, k - 1) && tokens[m.tokEnd]?.text === '.') return { ...m, kind: 'age', unit: 'year' };
  if (tokens[k - 1]?.text !== ',') {
    const surname = tokens[k - 1];
    const given = tokens[k - 2];
    const before = tokens[k - 3];
    const person = surname && given && isCapitalised(surname) && isCapitalised(given) && !TITLES.has(given.lower)
      && (before === undefined || !isCapitalised(before));
    return person ? { ...m, kind: 'age', unit: 'year', owner: surname.lower, ownerGiven: given.lower } : undefined;
  }
  // The name just before the comma, of two capitalised words or more ("Josue Ramos Tenorio").
  const surname = tokens[k - 2];
  const given = tokens[k - 3];
  if (!surname || !isCapitalised(surname) || !given || !(isCapitalised(given) || NAME_PARTICLES.test(given.lower))) return undefined;
  return { ...m, kind: 'age', unit: 'year', owner: surname.lower };
}

/** Tokens back a bracket of names and ages may open: "four (Vinay Sharma, 20, …, and Mukesh Singh, 26)". */
const BRACKET_REACH = 40;

/** Whether a bracket opens before token `i` in its sentence, unclosed before it. */
function bracketOpenBefore(tokens: RefineContext['tokens'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BRACKET_REACH; k--) {
    const t = tokens[k]!.text;
    if (t === '(') return true;
    if (t === ')' || t === '.' || t === '\n') return false;
  }
  return false;
}
