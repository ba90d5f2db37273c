// "Five people were arrested" where the source says "police arrested four men and a woman": the
// cited "four men" is one group of a list (core/check/listGroups.ts), not another value of the
// total. When the list adds up to the draft's figure it is supported as derived, before
// frameConflict can call one group a contradiction. Only lists of people: "two died and three
// were injured" is two outcomes, not one list.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { listTotal } from '../listGroups.ts';

export const partsOfList: VerdictRule = {
  name: 'partsOfList',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const c = j.bestConflict;
    if (!c || a.family !== 'count' || a.m.value === null || isBound(a.m.bound)) return null;
    const src = data.sources[c.e.sourceIndex];
    const list = src && listTotal(src.analysis, c.e.a);
    if (!list || !list.people) return null;
    const [min, max] = draftInterval(a);
    if (list.total < min || list.total > max) return null;
    return claimOf(draft, a, 'supported', `Derived: '${short(list.listed)}' is ${list.total}. Draft: '${short(dText)}'.`, [evidenceOf(data, c.e)], published);
  },
};
