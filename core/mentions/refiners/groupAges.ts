// "The males, two aged 17 and one 19", "three men arrested - two aged 29 and the other 32": a
// group told by its ages; "Zaw Lin and Win Zaw Htun, both 21", one age for all of it. The bare
// figure after "one" or "the other", whose "aged" is left out, is an age as the first is, not a
// count of its own; and each age is the age of its part of the group ("the two", "the one"), so a
// draft's "two men aged 32 and one aged 29" swaps them. Two ages joined share one "years old"
// or "aged": "were 60 and 25 years old".
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';
import { MAX_APPOSITIVE_AGE } from '../tuning.ts';

/** Plural nouns of persons a shared age may follow: "two girls, both 12", "the brothers, both 19". */
const PEOPLE = /^(?:girls|boys|children|men|women|brothers|sisters|twins|teenagers|sons|daughters|victims|friends|students|pupils|suspects)$/;

/** The owner an age of a part of a group is given: "group:two", "group:one". */
export const GROUP_OWNER = 'group:';

/** Words that open a part of such a group, with the number of people in it. */
const PART: ReadonlyMap<string, string> = new Map([['one', 'one'], ['two', 'two'], ['three', 'three'], ['four', 'four'], ['five', 'five'],
  ['other', 'one'], ['another', 'one']]);
/** Tokens back from a part to the "aged" of the group's first age: "two aged 17 and one 19" (4). */
const GROUP_REACH = 5;
/** Tokens from a part's count to its "aged": "two [men] aged 32" (2). */
const COUNT_TO_AGED = 2;

/** What joins two ages that share one "years old": "60 and 25 years old", "17, 18 and 19". */
const JOINS = new Set(['and', 'or', ',']);
/** What may follow the last of two ages after one "aged" ("aged 60 and 28, were"), not a noun ("28 others"). */
const ENDS_AGE = /^(?:,|\.|;|:|were|are|was|who|had|have|and|from)$/;

export const groupAges: MentionRefiner = {
  name: 'groupAges',
  refine({ tokens }, mentions) {
    let changed = false;
    /** Whether `other` is an age joined to the bare figure by "and", "or" or a comma alone. */
    const sharedAge = (other: RawMention | undefined, m: RawMention): boolean => {
      if (other?.kind !== 'age' || other.bound !== undefined || other.high !== undefined) return false;
      const [a, b] = other.tokStart >= m.tokEnd ? [m.tokEnd, other.tokStart] : [other.tokEnd, m.tokStart];
      const joint = tokens.slice(a, b).map((t) => t.lower).join(' ');
      return JOINS.has(joint);
    };
    const out = mentions.map((m, k): RawMention => {
      if ((m.kind !== 'count' && m.kind !== 'age') || m.value === null || m.bound !== undefined || m.high !== undefined || m.value > MAX_APPOSITIVE_AGE) return m;
      // "two [men] aged 32": an age whose part of the group is counted just before its "aged".
      if (m.kind === 'age' && m.owner === undefined && tokens[m.tokStart - 1]?.lower === 'aged') {
        for (let k = m.tokStart - 2; k >= Math.max(0, m.tokStart - 2 - COUNT_TO_AGED); k--) {
          const part = PART.get(tokens[k]!.lower);
          if (part === undefined) continue;
          changed = true;
          return { ...m, owner: `${GROUP_OWNER}${part}` };
        }
        return m;
      }
      if (m.kind !== 'count' || m.words || m.unit !== undefined) return m;
      // "were 60 and 25 years old", "aged 60 and 28,": two ages joined share the one "years old" or
      // "aged" written once; the bare one is an age, not a count of its own.
      if (m.owner === undefined && (sharedAge(mentions[k + 1], m) || (sharedAge(mentions[k - 1], m) && ENDS_AGE.test(tokens[m.tokEnd]?.lower ?? '.')))) {
        changed = true;
        return { ...m, kind: 'age', unit: 'year' };
      }
      // "Zaw Lin and Win Zaw Htun, both 21": the age every one of the people just named shares.
      const shared = tokens[m.tokStart - 1]?.lower;
      // So is "Shamima Begum and Amira Abase were both 15".
      // Or people counted by a noun of persons: "raping two girls, both 12".
      const named = (tokens[m.tokStart - 2]?.text === ',' || /^(?:were|are)$/.test(tokens[m.tokStart - 2]?.lower ?? ''))
        && (/^\p{Lu}/u.test(tokens[m.tokStart - 3]?.text ?? '') || PEOPLE.test(tokens[m.tokStart - 3]?.lower ?? ''));
      if ((shared === 'both' || shared === 'all') && named
        && /^(?:,|\.|;|and|were|are|was|had|have|who)$/.test(tokens[m.tokEnd]?.lower ?? '.')) {
        changed = true;
        return { ...m, kind: 'age', unit: 'year' };
      }
      const part = PART.get(tokens[m.tokStart - 1]?.lower ?? '');
      if (part === undefined) return m;
      // The group's first age: "aged 17" a few words back, with a join between.
      const back = tokens.slice(Math.max(0, m.tokStart - 1 - GROUP_REACH), m.tokStart - 1);
      const aged = back.findIndex((t) => t.lower === 'aged');
      if (aged < 0 || !back.slice(aged).some((t) => t.lower === 'and' || t.text === ',' || t.text === '-' || t.text === '–')) return m;
      changed = true;
      return { ...m, kind: 'age', unit: 'year', owner: `${GROUP_OWNER}${part}` };
    });
    return changed ? out : mentions;
  },
};
