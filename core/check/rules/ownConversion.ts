// "lambs who came in at 8-10lb, roughly 4kg each", "20st, about 127kg": a figure the draft gives
// beside another of the same dimension in another unit is a conversion of it, the newsroom's
// way to serve readers of both systems. It states nothing the first figure does not, so it is
// supported as derived when it converts that figure within the draft's rounding; the first
// figure is checked against the sources on its own.
import { claimOf, round, short } from '../explain.ts';
import { draftInterval, inDraftUnits } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

/** Words that may stand between a figure and its conversion: "8-10lb, roughly 4kg", "20st (about 127kg)". */
const BETWEEN = new Set([',', '(', 'or', 'roughly', 'about', 'around', 'approximately', 'some', 'nearly', 'almost', 'just', 'over', 'under']);
/** Tokens that may stand between them. */
const REACH = 3;

export const ownConversion: VerdictRule = {
  name: 'ownConversion',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (!a.family.startsWith('dim:') || a.base === null || a.m.unit === undefined) return null;
    const prev = draft.mentions.filter((p) => p.m.end <= a.m.start && p.sentence.start === a.sentence.start).at(-1);
    if (!prev || prev.family !== a.family || prev.base === null || prev.m.unit === a.m.unit) return null;
    const gap = draft.tokens.slice(prev.m.tokEnd, a.m.tokStart);
    if (gap.length === 0 || gap.length > REACH || !gap.every((t) => BETWEEN.has(t.lower))) return null;
    const [lo, hi] = draftInterval(a);
    const from = inDraftUnits(prev.base, a);
    const to = inDraftUnits(prev.baseHigh ?? prev.base, a);
    // A range converts to a range: its middle must fall within the draft's rounding.
    const mid = (from + to) / 2;
    if (mid < lo || mid > hi) return null;
    const prevText = draft.text.slice(prev.m.start, prev.m.end);
    return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(prevText)}' is about ${round(mid)} ${a.m.unit}. Draft: '${short(dText)}'.`, [], published);
  },
};
