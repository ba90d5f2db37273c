// "Joe Denly's 66 and 49 from Joe Root": sports copy gives a player's figure after the name's
// possessive, or after "from" and the name, with no noun (the runs, the points) written. It is
// that player's, as "Shenwari (56)" is (bracketedFigures): recorded as its owner, so a draft that
// swaps the pair ("Denly adding 49 and Joe Root 66") is caught, and one player's 49 never
// supports another's.
import type { RawMention } from '../scanMentions.ts';
import type { Token } from '../../text/tokenize.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';
import { TITLES } from './attributedAges.ts';

/** Words after a bare figure that leave it nounless: the figure names no thing of its own. */
const NOUNLESS_AFTER = /^(?:and|off|from|in|was|while|as|before|after|but|with)$/;

/** A first name at token `given` and a surname at token `surname`, both capitalised and neither a title. */
function fullName(tokens: readonly Token[], given: number, surname: number): boolean {
  const [g, s] = [tokens[given], tokens[surname]];
  return isCapitalised(g) && isCapitalised(s) && !TITLES.has(g!.lower) && !TITLES.has(s!.lower) && !opensSentence(tokens, surname);
}

export const namedScores: MentionRefiner = {
  name: 'namedScores',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.owner !== undefined || m.code !== undefined || m.unit !== undefined || m.words) return m;
      const i = tokenAt(tokens, m.start);
      const next = tokens[m.tokEnd];
      const nounless = next === undefined || next.type === 'sym' || NOUNLESS_AFTER.test(next.lower);
      if (!nounless) return m;
      // "Joe Denly's 66": the possessive is glued to the surname ("Denly's" or "Denly" "'s").
      const poss = tokens[i - 1];
      if (poss && /^\p{Lu}\p{L}+['’]s$/u.test(poss.text) && fullName(tokens, i - 2, i - 1)) {
        return { ...m, owner: poss.lower.replace(/['’]s$/, ''), ownerGiven: tokens[i - 2]!.lower };
      }
      // "49 from Joe Root": the figure, "from", a first name and a surname.
      if (next?.lower === 'from' && fullName(tokens, m.tokEnd + 1, m.tokEnd + 2) && tokens[m.tokEnd + 3]?.type !== 'word') {
        return { ...m, owner: tokens[m.tokEnd + 2]!.lower, ownerGiven: tokens[m.tokEnd + 1]!.lower };
      }
      return m;
    });
  },
};
