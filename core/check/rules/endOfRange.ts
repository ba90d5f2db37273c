// "An asteroid up to 427 feet wide" where the source has it "an estimated 187 to 427 feet wide":
// a range's upper end is the most the source allows, so "up to" that end restates it; so does
// "at least" its lower end. The frame need not match strongly, but the range must share words
// with the draft's figure: the same bound on the very end of a range in the same unit is that
// range told again, as newsroom copy shortens "187 to 427 feet" to its headline figure.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import { inDraftUnits } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

export const endOfRange: VerdictRule = {
  name: 'endOfRange',
  judge(j) {
    const { a, data, draft, published } = j;
    const upper = a.m.bound === 'at-most';
    if ((!upper && a.m.bound !== 'at-least') || a.m.value === null || a.m.high !== undefined || a.m.unit === undefined) return null;
    const end = j.scored.find((x) => {
      const s = x.e.a;
      // The range shares words with the draft's figure, and no figure bounded as the draft's is
      // framed better: "cabinets up to £6,000" is not the diorama's "£4,000 to £6,000" when the
      // cabinets have an "up to £4,000" of their own.
      if (s.family !== a.family || s.base === null || s.baseHigh === undefined || s.m.unit !== a.m.unit || x.context <= 0) return false;
      if (j.scored.some((o) => o.e.a.m.bound === a.m.bound && o.score >= x.score)) return false;
      const value = inDraftUnits(upper ? s.baseHigh : s.base, a);
      return Math.abs(value - a.m.value!) <= a.m.precision / 2 + 1e-9;
    });
    if (!end) return null;
    return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, end.e))}', whose ${upper ? 'upper' : 'lower'} end the draft gives. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, end.e)], published);
  },
};
