// "So at 94, I think it's time to tell the story": a bare number after "at", set off by a comma
// before a personal pronoun, is the speaker's or subject's age ("At 35, she became the
// youngest …"). Without the pronoun "at 94," may be a price or a score ("closed at 94, down 2"),
// and before "he said" it is a quoted figure. So "has died at 88", "died at home at 88": a death
// at a bare number is an age, as "died aged 88" is.
import type { RawMention } from '../scanMentions.ts';
import { MAX_APPOSITIVE_AGE } from '../tuning.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Pronouns whose clause an "at N," age opens. */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she']);

/** Verbs of saying: after "at 94," they make "he said" a tag on a quoted figure, not a clause the age opens. */
const SAYING = new Set(['said', 'says', 'say', 'added', 'told', 'explained', 'noted', 'insisted', 'claimed']);

export const ageAfterAt: MentionRefiner = {
  name: 'ageAfterAt',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.bound !== undefined || m.high !== undefined || m.unit !== undefined) return m;
      if (!Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE) return m;
      const i = tokenAt(tokens, m.start);
      if (tokens[i]?.type !== 'num' || m.tokEnd !== i + 1 || tokens[i - 1]?.lower !== 'at') return m;
      if (diedBefore(tokens, i - 1) && (tokens[i + 1] === undefined || tokens[i + 1]!.type !== 'word' || AFTER_DEATH_AGE.test(tokens[i + 1]!.lower))) return { ...m, kind: 'age', unit: 'year' };
      if (tokens[i + 1]?.text !== ',' || !SUBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') || SAYING.has(tokens[i + 3]?.lower ?? '')) return m;
      return { ...m, kind: 'age', unit: 'year' };
    });
  },
};

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
