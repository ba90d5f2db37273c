// The size of a change as a percentage, where the source gives the levels before and after:
// "Sales fell by 20%" where it says "sales dropped from £50m last year to £40m". A draft
// percentage that is the size of a change (role "by": "rose 5%", "fell by 20%") is supported as
// derived when one source sentence gives a value before ("from …") and after ("to …") of the same
// kind, framed as the draft's figure is, whose relative change, in the verb's direction, is the
// draft's figure within its rounding.
import { FALLING_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import type { VerdictRule } from '../judgement.ts';
import { STRONG } from '../tuning.ts';
import { sourceLevelPairs } from '../sourceLevels.ts';

export const percentChange: VerdictRule = {
  name: 'percentChange',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'percent' || a.role !== 'by' || a.m.value === null || a.m.kind !== 'percent') return null;
    // The verb before the figure (or before "by") gives the direction.
    const dt = draft.tokens;
    let k = a.m.tokStart - 1;
    if (dt[k]?.lower === 'by') k--;
    const down = FALLING_VERBS.has(dt[k]?.lower ?? '');
    const [lo, hi] = draftInterval(a);
    for (const { sourceIndex, before, after } of sourceLevelPairs(data)) {
      if (before.base === 0 || before.family === 'percent') continue;
      // The change of the same thing: "sales fell by 20%" is not derived from profits' levels.
      if (frameMatch(a.frame, before.frame).score < STRONG) continue;
      const change = ((after.base! - before.base!) / Math.abs(before.base!)) * 100;
      const size = down ? -change : change;
      if (size < lo || size > hi) continue;
      const text = data.sources[sourceIndex]!.analysis.text;
      const ev = evidenceOf(data, { sourceIndex, a: before });
      return claimOf(draft, a, 'supported', `Derived: from ${short(text.slice(before.m.start, before.m.end))} to ${short(text.slice(after.m.start, after.m.end))} is ${down ? 'down' : 'up'} ${round(Math.abs(change))}%. Draft: '${short(dText)}'.`, [ev], published);
    }
    return null;
  },
};
