// "a six-under-par 66" where the source gives the round ("his 66") and, for another player, a
// round against par ("a three-over-par 75"): the course's par is 72, so a 66 is six under.
// Supported as derived when the draft's score against par and the round beside it agree with a
// par the source's own pair gives.
import type { AnalysedMention } from '../analyseText.ts';
import { roundAfter } from '../roundToPar.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Strokes a score against par adds to par: under par takes them off. */
const signOf = (a: AnalysedMention): number => (a.m.unitInfo?.dimension === 'under-par' ? -1 : 1);

export const toParOfRound: VerdictRule = {
  name: 'toParOfRound',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const dim = a.m.unitInfo?.dimension;
    if ((dim !== 'under-par' && dim !== 'over-par') || a.m.value === null) return null;
    const round = roundAfter(draft.mentions, a);
    if (!round) return null;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const sm of src.analysis.mentions) {
        const sd = sm.m.unitInfo?.dimension;
        if ((sd !== 'under-par' && sd !== 'over-par') || sm.m.value === null) continue;
        const theirs = roundAfter(src.analysis.mentions, sm);
        if (!theirs) continue;
        const par = theirs.m.value! - signOf(sm) * sm.m.value;
        if (round.m.value! !== par + signOf(a) * a.m.value) continue;
        const ev = evidenceOf(data, { sourceIndex, a: sm });
        const pair = src.analysis.text.slice(sm.m.start, theirs.m.end);
        return claimOf(draft, a, 'supported', `Derived: par is ${par} ('${short(pair)}'), so a ${round.m.value} is ${short(dText)}.`, [ev], published);
      }
    }
    return null;
  },
};
