// An amount with its unit or currency ("$40 billion", "two decades", "26 per cent") that a source
// states in exactly those terms, where nothing in the sources frames the draft's quantity with
// another value, is that statement even when the words around it differ ("the $40bn taxi firm"
// / "the $40 billion taxi service"; "41% of the ball" / "41% of possession"). A bare count never passes here: "27 buildings" against a
// man's age 27 is the coincidence this engine must not call support, and bare digits recur
// for unrelated things far more often than an amount in the same unit does.
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { countsStreak } from '../streak.ts';

/** Families whose figures carry their unit or currency in the writing. */
const WITH_UNIT = /^(money:.+|dim:.+|percent)$/;

export const statedAmount: VerdictRule = {
  name: 'statedAmount',
  judge(j) {
    const { a, scored, conflicts } = j;
    if (!WITH_UNIT.test(a.family) || a.m.value === null || a.m.bound !== undefined || conflicts.length > 0) return null;
    // A round share ("a quarter", "25%") is the share of many things in one story; a precise one
    // ("26 per cent") seldom is. Round shares keep needing words in common (weakSupport).
    if (a.family === 'percent' && (a.m.kind === 'fraction' || Number.isInteger(a.m.value / 5))) return null;
    // A run ("seven straight months of growth") is stated only by a run: "the first seven months
    // of 2018" is another quantity of the same size.
    const streak = countsStreak(j.draft.tokens, a);
    const same = scored.filter((s) => s.rel === 'entails' && s.close && s.e.a.base === a.base && s.e.a.m.bound === undefined
      && (!streak || countsStreak(j.data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a)));
    return same[0] ? supportedClaim(j, same[0], conflicts) : null;
  },
};
