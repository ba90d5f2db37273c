// An ordinal with its noun names one member of a series ("the second set", "the third Test"). A
// source that names that same member states it, however many other members it frames better:
// "Kyrgios swept through the second set" states the draft's "taking the second set" even though
// "clinched the fifth set" shares more words with it. The fifth set is another match of the
// series (anotherInSeries), not another value of the second, so it cannot outrank it.
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

export const sameMemberOfSeries: VerdictRule = {
  name: 'sameMemberOfSeries',
  judge(j) {
    const { a } = j;
    const head = a.frame.head;
    if (a.m.kind !== 'ordinal' || head === undefined) return null;
    const same = j.support.find((s) => s.e.a.m.kind === 'ordinal' && s.rel === 'entails' && s.e.a.frame.head === head);
    return same ? supportedClaim(j, same, []) : null;
  },
};
