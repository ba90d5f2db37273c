// The period of a rate the source states: "paid £170,000 every 12 months" where the source says
// "will receive £170,000 a year". The length of time after "every" is not a quantity of its own but
// how often the amount before it recurs; it is supported, as derived, when a source states that
// amount at the same number of periods a year. A wrong period ("every six months") is left to the
// amount, which no longer matches the source's rate.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { perYear } from '../ratePeriod.ts';

/** Words a rate's counted noun may take between the amount and "every" ("150 [vehicles] every day"). */
const NOUN_REACH = 2;
const PERIOD_WORDS = new Set(['every', 'each', 'per']);

export const periodOfRate: VerdictRule = {
  name: 'periodOfRate',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'dim:time' || a.m.bound !== undefined) return null;
    const every = a.m.tokStart - 1;
    if (!PERIOD_WORDS.has(draft.tokens[every]?.lower ?? '')) return null;
    const amount = draft.mentions.find((o) => o !== a && o.m.tokEnd <= every && every - o.m.tokEnd <= NOUN_REACH && o.base !== null && o.family !== 'dim:time');
    const per = amount ? perYear(draft, amount) : undefined;
    if (!amount || per === undefined) return null;
    const [lo, hi] = draftInterval(amount);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const s of src.analysis.mentions) {
        if (s.family !== amount.family || s.base === null || s.m.bound !== undefined) continue;
        const v = s.base / amount.factor;
        if (v < lo || v > hi || perYear(src.analysis, s) !== per) continue;
        const said = src.analysis.text.slice(s.m.start, s.m.end);
        return claimOf(draft, a, 'supported', `Derived: the source gives '${short(said)}' ${per === 1 ? 'a year' : `${per} times a year`}, so it comes every ${short(dText)}.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
