// "forecast revenue of $89 billion to $93 billion, a midpoint of $91 billion": the middle of a
// range the draft gives just before, as business copy reports a guidance range. It states nothing
// the range does not, so it is supported as derived when the two ends' mean lies within its
// rounding; the range is checked against the sources on its own, and the claim's basis says the
// figure is worked out from the draft's own figures.
import { claimOf, compactAmount, short } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore, previousSentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Words that name a range's middle: "a midpoint of", "the middle of". */
const MIDDLE = /^(?:midpoint|mid-point|middle|mid)$/;
/** Tokens back from the figure within which the word for the middle stands ("a midpoint of [about] $91 billion"). */
const CUE_REACH = 3;

export const midpointOfRange: VerdictRule = {
  name: 'midpointOfRange',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.high !== undefined) return null;
    const t = draft.tokens;
    const at = tokenAt(t, a.m.start);
    if (!t.slice(Math.max(0, at - CUE_REACH), at).some((w) => MIDDLE.test(w.lower))) return null;
    const range = [...mentionsBefore(draft, a), ...previousSentenceMentions(draft, a)]
      .find((p) => p.family === a.family && p.base !== null && p.baseHigh !== undefined);
    if (!range) return null;
    const mid = (range.base! + range.baseHigh!) / 2;
    const [lo, hi] = baseInterval(a);
    if (mid < lo || mid > hi) return null;
    return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(draft.text.slice(range.m.start, range.m.end))}' has its middle at ${compactAmount((mid - a.offset) / a.factor)}. Draft: '${short(dText)}'.`, [], published);
  },
};
