// "Samiullah Shenwari (56) and Mohammad Shahzad (47) helped the Afghans to 171-4", "Gary Wilson
// (41 no)": sports copy gives a player's figure in brackets after the name. It is that player's,
// as "Lee, 34," is Lee's age: recorded as its owner, so a swapped pair in a draft is caught and
// one player's 56 never supports another's.
import type { RawMention } from '../scanMentions.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';
import { TITLES } from './attributedAges.ts';

/** What may follow the figure inside the brackets: "41 no" (not out), "41 not out", "3-23" is a score already. */
const AFTER = /^(?:no|not|n\.o)$/;

export const bracketedFigures: MentionRefiner = {
  name: 'bracketedFigures',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.owner !== undefined || m.code !== undefined || m.unit !== undefined) return m;
      const i = tokenAt(tokens, m.start);
      const open = tokens[i - 1];
      const close = tokens[m.tokEnd];
      if (open?.text !== '(' || !close || (close.text !== ')' && !AFTER.test(close.lower))) return m;
      const surname = tokens[i - 2];
      if (!surname || !isCapitalised(surname) || TITLES.has(surname.lower)) return m;
      const given = tokens[i - 3];
      const hasGiven = given !== undefined && isCapitalised(given) && !TITLES.has(given.lower) && !opensSentence(tokens, i - 3);
      return { ...m, owner: surname.lower, ...(hasGiven ? { ownerGiven: given.lower } : {}) };
    });
  },
};
