// "two months" for "eight weeks": a writer who turns a length of time into a coarser unit gives
// the whole count it rounds to, and speech reckons a month as four weeks. A source stating the
// same quantity in a finer unit supports the draft's figure when it rounds to it and lies within
// COARSER_UNIT_SLACK of it; "two months" for "six weeks" or "two years" for "18 months" does not.
import { inDraftUnits } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { COARSER_UNIT_SLACK, STRONG } from '../tuning.ts';

export const coarserTimeUnit: VerdictRule = {
  name: 'coarserTimeUnit',
  judge(j) {
    const { a } = j;
    const v = a.m.value;
    // Only a plain whole count: a hedge or a bound has its own convention.
    if (v === null || !Number.isInteger(v) || v < 1 || a.family !== 'dim:time' || a.m.bound !== undefined || a.m.high !== undefined) return null;
    // The conflict, or a strongly framed length that shares no word beside the figure ("exactly
    // eight weeks after he was asked to take charge" for "his two months in charge"): its frame
    // says it is this length, in finer units.
    const c = j.bestConflict ?? j.scored.find((x) => x.rel === 'disjoint' && x.score >= STRONG);
    if (!c || c.score < STRONG || (j.bestSupport && j.bestSupport.score >= c.score)) return null;
    const s = c.e.a;
    if (s.m.unitInfo === undefined || a.m.unitInfo === undefined || s.m.unitInfo.factor >= a.m.unitInfo.factor) return null;
    if (s.m.bound !== undefined && s.m.bound !== 'exactly') return null;
    const converted = inDraftUnits(s.base ?? 0, a);
    if (Math.floor(converted + 0.5) !== v || Math.abs(converted - v) > v * COARSER_UNIT_SLACK) return null;
    return supportedClaim(j, c, j.conflicts.filter((o) => o !== c));
  },
};
