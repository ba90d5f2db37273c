// One rate told over another period: "£300 a year" where the source says "an extra £25 a month".
// A figure followed by its period ("a year", "per month", "weekly", "a day") is supported as
// derived when a source figure of the same kind, over another period, comes to the same amount
// per year within the draft figure's rounding, and is framed by the same words.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isBound } from '../intervals.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import type { VerdictRule } from '../judgement.ts';
import { perYear } from '../ratePeriod.ts';

export const ratePerPeriod: VerdictRule = {
  name: 'ratePerPeriod',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || isBound(a.m.bound) || (a.family !== 'count' && !a.family.startsWith('money:'))) return null;
    const dPer = perYear(draft, a);
    if (dPer === undefined) return null;
    const [lo, hi] = draftInterval(a);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const s of src.analysis.mentions) {
        if (s.family !== a.family || s.base === null || s.m.bound !== undefined) continue;
        const sPer = perYear(src.analysis, s);
        if (sPer === undefined || sPer === dPer) continue;
        // The same rate, not any rate of the same size: the words around both must meet
        // ("households … pay", "the bridge carries … vehicles"), or "£25 a month" for a gym
        // would support a tax rise's "£300 a year".
        if (frameMatch(a.frame, s.frame, a.family === 'count').context < 1) continue;
        // The source's amount per the draft's period, in the draft's units.
        const v = ((s.base * sPer) / dPer) / a.factor;
        if (v < lo || v > hi) continue;
        const said = src.analysis.text.slice(s.m.start, s.m.end);
        return claimOf(draft, a, 'supported', `Derived: ${short(said)} × ${sPer} ÷ ${dPer} = ${short(dText)}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
