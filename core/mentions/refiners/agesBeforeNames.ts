// An age written before the person's name is that person's: "the 23-year-old student Jyoti Singh",
// "26-year-old karate instructor Alexander Soumbadze". News copy puts the age there as often as
// in apposition ("Jyoti Singh, 23,"), and a draft that moves it must still be checked against
// the same person, not against another Singh's age or anyone's 23.
import type { RawMention } from '../scanMentions.ts';
import { NAME_PARTICLES, TITLES, honorificSex } from './attributedAges.ts';
import { isCapitalised, type MentionRefiner } from './refiner.ts';

/** Lower-case words between the age and the name that end the noun phrase: no name follows them. */
const PHRASE_ENDS = new Set(['from', 'in', 'at', 'of', 'on', 'with', 'who', 'whose', 'was', 'is', 'has', 'had', 'and',
  'or', 'to', 'for', 'by', 'as', 'said', 'says', 'told', 'when', 'after', 'before', 'than', 'but']);

/** Articles of an indefinite noun phrase, which never has a proper name for its head. */
const INDEFINITE = new Set(['a', 'an']);

/**
 * Capitalised words of a name after an age: three, or four with a particle ("Maciel Bruno de
 * Andrade Costa"). Four plain capitals are an institution's ("the 15-year-old West Calder High
 * School pupil").
 */
const MAX_NAME_WORDS = 4;

/** Lower-case words an age may qualify before the name ("student", "karate instructor"). */
const MAX_ROLE_WORDS = 2;

/** A word written as a name is: a capital, then lower case ("Gray", not "CNN" or "US"). */
const isPersonWord = (text: string): boolean => /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(text);

export const agesBeforeNames: MentionRefiner = {
  name: 'agesBeforeNames',
  refine({ tokens }, mentions) {
    // Surnames the text gives after a given name ("David Gray"), lower-cased: read once, on demand.
    let surnames: Set<string> | undefined;
    const fullNames = (): Set<string> => {
      surnames ??= new Set(tokens.filter((t, k) => k > 0 && t.type === 'word' && isPersonWord(t.text) && tokens[k - 1]!.type === 'word' && isPersonWord(tokens[k - 1]!.text)
        && !TITLES.has(tokens[k - 1]!.lower) && !/^(?:the|a|an)$/.test(tokens[k - 1]!.lower)).map((t) => t.lower.replace(/['’]s$/, '')));
      return surnames;
    };
    return mentions.map((m): RawMention => {
      if (m.kind !== 'age' || m.value === null || m.bound !== undefined) return m;
      // Only an adjectival age ("23-year-old"), never one in apposition after the name.
      if (tokens[m.tokEnd - 1]?.lower !== 'old') return m;
      let j = m.tokEnd;
      let roles = 0;
      while (roles < MAX_ROLE_WORDS && tokens[j]?.type === 'word' && /^\p{Ll}+$/u.test(tokens[j]!.text) && !PHRASE_ENDS.has(tokens[j]!.lower)) { j++; roles++; }
      // An indefinite noun phrase has no proper name for its head: in "Manhart, a 38-year-old Air
      // Force veteran" the capitals straight after the age qualify the noun, and the age is the
      // appositive's. ("a 23-year-old student, Jyoti Singh" names its student in apposition.)
      if (roles === 0 && INDEFINITE.has(tokens[m.tokStart - 1]?.lower ?? '')) return m;
      // "83-year-old Mr Scott": an honorific before a lone surname tells which of a couple.
      let sex: string | undefined;
      while (tokens[j] && TITLES.has(tokens[j]!.lower) && isCapitalised(tokens[j])) sex = honorificSex(tokens[j++]!.lower) ?? sex;
      const name: string[] = [];
      // Capitalised words, not acronyms ("CNN", "US"), which name organisations and places.
      const nameWord = (k: number): boolean => tokens[k]?.type === 'word' && isCapitalised(tokens[k]) && tokens[k]!.text !== tokens[k]!.text.toUpperCase();
      // A particle joins the name when a capitalised word follows it: "Edgar Ricardo de Oliveira" is Oliveira.
      let particle = false;
      while (name.length < (particle ? MAX_NAME_WORDS : MAX_NAME_WORDS - 1)) {
        if (name.length > 0 && NAME_PARTICLES.test(tokens[j]?.text ?? '') && nameWord(j + 1)) { j++; particle = true; }
        if (!nameWord(j)) break;
        // "75-year-old Walter Morris's life-savings": a possessive ends the name and is no part of it.
        const possessive = /['’]s$/.test(tokens[j]!.text);
        name.push(tokens[j]!.lower.replace(/['’]s$/, ''));
        j++;
        if (possessive) break;
      }
      // A given name and a surname; a single capitalised word may be a place or a team ("Briton").
      if (isCapitalised(tokens[j])) return m;
      if (name.length === 1 && sex !== undefined) return { ...m, owner: name[0]!, ownerGiven: sex };
      // "the 27-year-old Gray" in a story that has named "David Gray": a surname alone, once the
      // text has given it with its given name, is that person, as "Mr Gray" would be.
      if (name.length === 1 && tokens[m.tokStart - 1]?.lower === 'the' && fullNames().has(name[0]!)) return { ...m, owner: name[0]! };
      if (name.length < 2) return m;
      const owner = name[name.length - 1]!;
      return { ...m, owner, ownerGiven: name[0]! };
    });
  },
};
