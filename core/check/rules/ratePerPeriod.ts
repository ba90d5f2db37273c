// One rate told over another period: "£300 a year" where the source says "an extra £25 a month".
// A figure followed by its period ("a year", "per month", "weekly", "a day") is supported as
// derived when a source figure of the same kind, over another period, comes to the same amount
// per year within the draft figure's rounding, and is framed by the same words.
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval, isBound } from '../intervals.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import type { VerdictRule } from '../judgement.ts';
import { perYear } from '../ratePeriod.ts';
import { BOUND_REACH } from '../tuning.ts';

export const ratePerPeriod: VerdictRule = {
  name: 'ratePerPeriod',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || (a.family !== 'count' && !a.family.startsWith('money:'))) return null;
    // A lower bound ("more than £40,000 a year") is derived like a figure, as long as it does not
    // grossly understate the rate; an upper bound is left to the rules that read bounds.
    if (isBound(a.m.bound) && a.m.bound !== 'more-than' && a.m.bound !== 'at-least') return null;
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
        // Or the draft itself states the source's rate beside its own ("£3,370 for a month's
        // treatment, or more than £40,000 a year"): the second figure restates the first.
        const restated = draft.mentions.some((o) => o !== a && o.sentence.start === a.sentence.start && o.family === a.family
          && o.base !== null && Math.abs(o.base - s.base!) <= Math.abs(s.base!) * 1e-9 && perYear(draft, o) === sPer);
        if (!restated && frameMatch(a.frame, s.frame, a.family === 'count').context < 1) continue;
        // The source's amount per the draft's period, in the draft's units.
        const v = ((s.base * sPer) / dPer) / a.factor;
        if (v < lo || v > hi || (hi === Number.POSITIVE_INFINITY && v > lo * BOUND_REACH)) continue;
        const said = src.analysis.text.slice(s.m.start, s.m.end);
        // A bound says what the rate comes to, then that it is within the bound.
        const result = a.m.bound !== undefined ? `${round(v)}, ${short(dText)}` : short(dText);
        return claimOf(draft, a, 'supported', `Derived: ${short(said)} × ${sPer} ÷ ${dPer} = ${result}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
