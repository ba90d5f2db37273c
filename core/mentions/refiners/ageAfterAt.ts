// "So at 94, I think it's time to tell the story": a bare number after "at", set off by a comma
// before a personal pronoun, is the speaker's or subject's age ("At 35, she became the
// youngest …"). Without the pronoun "at 94," may be a price or a score ("closed at 94, down 2"),
// and before "he said" it is a quoted figure. So "has died at 88", "died at home at 88": a death
// at a bare number is an age, as "died aged 88" is.
import type { RawMention } from '../scanMentions.ts';
import { isStopword } from '../../frames/lexicon.ts';
import { MAX_APPOSITIVE_AGE } from '../tuning.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Pronouns whose clause an "at N," age opens. */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she']);

/** Person nouns an "at (only) N" age may follow: "your son at only 19 went to Afghanistan". */
const PERSON_BEFORE = new Set(['son', 'daughter', 'boy', 'girl', 'man', 'woman', 'brother', 'sister', 'child', 'he', 'she']);

/** Verbs of saying: after "at 94," they make "he said" a tag on a quoted figure, not a clause the age opens. */
const SAYING = new Set(['said', 'says', 'say', 'added', 'told', 'explained', 'noted', 'insisted', 'claimed']);

export const ageAfterAt: MentionRefiner = {
  name: 'ageAfterAt',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.bound !== undefined || m.high !== undefined || m.unit !== undefined) return m;
      if (!Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE) return m;
      const i = tokenAt(tokens, m.start);
      // "your son at only 19 went to Afghanistan": a person noun, "at (only)" and a bare number, then a verb.
      const only = /^(?:only|just)$/.test(tokens[i - 1]?.lower ?? '') ? 1 : 0;
      if (tokens[i]?.type === 'num' && m.tokEnd === i + 1 && tokens[i - 1 - only]?.lower === 'at' && PERSON_BEFORE.has(tokens[i - 2 - only]?.lower ?? '')
        && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && !/s$/.test(tokens[i + 1]!.lower) && !/^(?:per|percent|of|to|and|or)$/.test(tokens[i + 1]!.lower)) return { ...m, kind: 'age', unit: 'year' };
      // "his son, who went to Afghanistan at 19, was badly injured": "at N" closing a clause told of a person.
      if (tokens[i]?.type === 'num' && m.tokEnd === i + 1 && tokens[i - 1 - only]?.lower === 'at' && /^[,.;]$/.test(tokens[i + 1]?.text ?? '') && personClause(tokens, i - 1 - only)) return { ...m, kind: 'age', unit: 'year' };
      // "Now 29, he was named player of the year": a sentence opening on "Now N," before a pronoun
      // subject tells that person's age now.
      if (tokens[i]?.type === 'num' && m.tokEnd === i + 1 && tokens[i - 1]?.text === 'Now' && tokens[i + 1]?.text === ',' && SUBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') && !SAYING.has(tokens[i + 3]?.lower ?? '')) return { ...m, kind: 'age', unit: 'year' };
      if (tokens[i]?.type !== 'num' || m.tokEnd !== i + 1 || tokens[i - 1]?.lower !== 'at') return m;
      // "At 37 he became the youngest …": the comma left out after a sentence's opening age.
      if (tokens[i - 1]?.text === 'At' && SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '') && !SAYING.has(tokens[i + 2]!.lower)) return { ...m, kind: 'age', unit: 'year' };
      // "Sock, who at 26 is 16 years his junior", "Smith, who, at 31, was the eldest": "at N" opening
      // a relative clause told of a person.
      const who = tokens[i - 2]?.text === ',' ? i - 3 : i - 2;
      if (tokens[who]?.lower === 'who' && (tokens[i + 1]?.text === ',' || /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '')) && !/^(?:per|percent|of|to|and|or|points?|pence|cents?|am|pm)$/.test(tokens[i + 1]?.lower ?? '')) return { ...m, kind: 'age', unit: 'year' };
      if (diedBefore(tokens, i - 1) && (tokens[i + 1] === undefined || tokens[i + 1]!.type !== 'word' || AFTER_DEATH_AGE.test(tokens[i + 1]!.lower))) return { ...m, kind: 'age', unit: 'year' };
      // "At 46, O'Sullivan also becomes the oldest winner": a sentence opening on "At N," before a
      // named subject and its verb tells that person's age, as before "she" or "I".
      const named = tokens[i - 1]?.text === 'At' && tokens[i + 1]?.text === ',' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 2]?.type === 'word' && !isStopword(tokens[i + 2]!.lower)
        && /^\p{Ll}+$/u.test(tokens[i + 3]?.text ?? '') && !SAYING.has(tokens[i + 3]!.lower);
      if (named) return { ...m, kind: 'age', unit: 'year' };
      if (tokens[i + 1]?.text !== ',' || !SUBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') || SAYING.has(tokens[i + 3]?.lower ?? '')) return m;
      return { ...m, kind: 'age', unit: 'year' };
    });
  },
};

/** Tokens back within a clause in which a person must be told for its closing "at N" to be an age. */
const CLAUSE_REACH = 8;

/** Whether the clause ending at `at` ("…, who went to Afghanistan at") tells of a person: "who" or a person noun. */
function personClause(tokens: readonly { lower: string; type: string; text: string }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - CLAUSE_REACH; k--) {
    const t = tokens[k]!;
    // "his son, sent to Afghanistan at only 19,": the person may stand just before the clause's comma.
    if (t.text === ',') return PERSON_BEFORE.has(tokens[k - 1]?.lower ?? '');
    if (t.text === '.' || t.text === ';') return false;
    // Not a bare "he": "He wrote 600 works before dying at 35." may count anything.
    if (t.lower === 'who' || (PERSON_BEFORE.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower))) return true;
  }
  return false;
}

/** Words that may follow a death's age ("died at 88 on Sunday"); a noun ("at 88 points") makes it another figure. */
const AFTER_DEATH_AGE = /^(?:on|in|after|following|from|of|at|while|when|and|but|surrounded|with|last|this|earlier)$/;

/** Words a death may take between "died" and "at N": "died at home at 88", "died peacefully at 88". */
const DEATH_REACH = 4;

/** Whether "died" (or "dies") stands within DEATH_REACH words before the "at" at `at`, in its clause. */
function diedBefore(tokens: readonly { lower: string; type: string }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - DEATH_REACH; k--) {
    const w = tokens[k]!;
    if (w.type !== 'word') return false;
    if (w.lower === 'died' || w.lower === 'dies') return true;
  }
  return false;
}
