// An amount with its unit, hedged the same way in the same words ("some 375 sq km" in both texts),
// is the source's statement restated, not digits that happen to recur: a measured amount seldom
// comes round again with the same unit and the same hedge. So it is supported even where another
// figure shares more words with the draft (the Mer de Glace's "31.5 sq km in the late 1960s" beside
// "shrinking from some 375 sq km in the late 1960s"), which betterFramedRival would otherwise take
// for the quantity the draft meant.
import { hedgeWord } from '../hedgeWord.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

/** Families whose figures carry their unit or currency in the writing. */
const WITH_UNIT = /^(money:.+|dim:.+)$/;

export const sameHedgedAmount: VerdictRule = {
  name: 'sameHedgedAmount',
  judge(j) {
    const { a, data, draft } = j;
    if (!WITH_UNIT.test(a.family) || a.m.bound === undefined || a.m.unit === undefined) return null;
    const hedge = hedgeWord(draft.tokens, a.m.start);
    if (hedge === undefined) return null;
    const same = j.support.find((s) => s.e.a.base === a.base && s.e.a.m.bound === a.m.bound && s.e.a.m.unit === a.m.unit
      && hedgeWord(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.start) === hedge);
    return same ? supportedClaim(j, same, j.conflicts) : null;
  },
};
