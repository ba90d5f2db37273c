// "Four people were arrested" where the source says "police arrested four men and a woman": the
// four are one group of a list of people (core/check/listGroups.ts), and "people" names them all,
// five. A draft figure counting people in general is checked against the list's total, not
// supported by one of its groups; "Four men were arrested" names the group and is supported.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { listTotal } from '../listGroups.ts';

/** Draft heads that name people in general, so a list of kinds of people is theirs whole. */
const WHOLE = new Set(['people', 'peopl', 'person', 'persons', 'individuals', 'individu']);

export const groupForWhole: VerdictRule = {
  name: 'groupForWhole',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const s = j.bestSupport;
    if (!s || a.family !== 'count' || a.m.value === null || isBound(a.m.bound) || !WHOLE.has(a.frame.head ?? '')) return null;
    const src = data.sources[s.e.sourceIndex];
    const list = src && listTotal(src.analysis, s.e.a);
    if (!list || !list.people) return null;
    const [min, max] = draftInterval(a);
    if (list.total >= min && list.total <= max) return null;
    return claimOf(draft, a, 'contradicted', `Source: '${short(list.listed)}', ${list.total} people. Draft: '${short(dText)}'.`, [evidenceOf(data, s.e)], published);
  },
};
