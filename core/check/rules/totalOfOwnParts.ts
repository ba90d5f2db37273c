// "with 120 staff and 80 players kept away …, some 200 people in all": a total the draft adds up
// from counts it gives itself earlier in the sentence, worded as a total ("in all", "in total",
// "altogether", "combined"). It states nothing the parts do not, so it is supported from the
// draft's own figures when they sum to it within its rounding; each part is checked against the
// sources on its own, and a wrong part is flagged there.
import { claimOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { MAX_PARTS } from '../tuning.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Share of a hedged total its parts' exact sum may differ by: "some 200" for 196. */
const SUM_ROUNDING = 0.05;

/** Words right after a figure that make it the sum of the figures before it. */
const TOTAL_AFTER: readonly (readonly string[])[] = [['in', 'all'], ['in', 'total'], ['altogether'], ['combined'], ['between', 'them']];

export const totalOfOwnParts: VerdictRule = {
  name: 'totalOfOwnParts',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.kind === 'ordinal') return null;
    const t = draft.tokens;
    // The cue follows the figure, or the noun it counts: "four in all", "200 people in all".
    const after = (k: number) => TOTAL_AFTER.some((cue) => cue.every((w, i) => t[k + i]?.lower === w));
    const headEnd = a.frame.headEnd === undefined ? a.m.tokEnd : t.findIndex((x) => x.start >= a.frame.headEnd!);
    if (!after(a.m.tokEnd) && !(headEnd > 0 && after(headEnd))) return null;
    const parts = mentionsBefore(draft, a).filter((p) => p.family === 'count'
      && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.value !== null && p.m.bound === undefined && p.m.high === undefined);
    if (parts.length < 2 || parts.length > MAX_PARTS) return null;
    // Every count before the total is a part of it: a sum of only some would pick its addends to fit.
    const sum = parts.reduce((s, p) => s + (p.m.value ?? 0), 0);
    // The parts are exact, so their total is too: a hedge ("some 200") may round it by no more
    // than SUM_ROUNDING, not by the hedge's whole reach ("about 300" is no total of 200 and 50).
    const [lo, hi] = draftInterval(a);
    if (sum < lo || sum > hi || Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value) return null;
    const list = parts.map((p) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`).join(' + ');
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${list} = ${sum}. Draft: '${short(dText)}'.`, [], published);
  },
};
