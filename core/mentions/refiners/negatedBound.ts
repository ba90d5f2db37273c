// "may not have travelled more than five or six nautical miles": a bound under a negation reads
// the other way. "Not … more than N" is at most N, as "no more than N" is, and "not … less than N"
// at least N. The negation may stand a few words before the hedge, across the verb's auxiliaries
// and the verb ("did not wait more than", "has never paid less than"), never across a clause.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

const NEGATIONS = new Set(['not', 'never', 'cannot']);
/** A contracted negation is written onto its auxiliary: "didn't", "couldn’t". */
const CONTRACTED = /n['’]t$/;
/** Words from the negation to the hedge: "not [have travelled] more than" (up to three). */
const NEGATION_REACH = 4;
const FLIPPED = new Map<RawMention['bound'], RawMention['bound']>([['more-than', 'at-most'], ['less-than', 'at-least']]);

export const negatedBound: MentionRefiner = {
  name: 'negatedBound',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      const flipped = FLIPPED.get(m.bound);
      if (flipped === undefined) return m;
      const i = tokenAt(tokens, m.start);
      // The hedge itself ("more than") opens the mention; only words stand between it and the negation.
      for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
        const t = tokens[k];
        if (!t || t.type !== 'word') return m;
        if (NEGATIONS.has(t.lower) || CONTRACTED.test(t.lower)) return { ...m, bound: flipped };
      }
      return m;
    });
  },
};
