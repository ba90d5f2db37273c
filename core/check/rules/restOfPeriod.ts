// "power is cut for 21 hours a day, leaving residents with electricity for just three hours": a
// length of time told per day (or per week, per hour, per year) leaves the rest of that period,
// 24 hours less 21. No source need state the rest: it is derived when the draft's sentence gives,
// before it, a length per period that a source states, in the same unit, and the two fill the
// period. Only periods that hold a whole number of the unit (24 hours, 7 days, 12 months).
import { findUnit } from '../../values/units.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Words that make a length one per period: "21 hours a day", "per week", "each day". */
const PER = new Set(['a', 'an', 'per', 'each', 'every']);

export const restOfPeriod: VerdictRule = {
  name: 'restOfPeriod',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'dim:time' || a.m.kind !== 'duration' || a.m.value === null || a.m.bound !== undefined || !a.m.unitInfo) return null;
    const t = draft.tokens;
    for (const part of draft.mentions) {
      if (part.sentence.start !== a.sentence.start || part.m.start >= a.m.start || part.m.unit !== a.m.unit || part.m.value === null || part.m.bound !== undefined) continue;
      if (!PER.has(t[part.m.tokEnd]?.lower ?? '')) continue;
      const period = findUnit(t[part.m.tokEnd + 1]?.lower ?? '');
      if (!period || period.dimension !== 'time') continue;
      const whole = period.factor / a.m.unitInfo.factor;
      if (!Number.isInteger(whole) || part.m.value + a.m.value !== whole) continue;
      const stated = (data.byValue.get('dim:time') ?? []).find((e) => e.a.base === part.base && e.a.m.bound === undefined);
      if (!stated) continue;
      const said = short(data.sources[stated.sourceIndex]?.analysis.text.slice(stated.a.m.start, stated.a.m.end) ?? '');
      return claimOf(draft, a, 'supported', `Derived: a ${period.unit} less '${said}' leaves ${short(dText)}. Draft: '${short(dText)}'.`, [evidenceOf(data, stated)], published);
    }
    return null;
  },
};
