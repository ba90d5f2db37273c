// A source states the same quantity (a strong frame match) with a compatible value, and no
// conflicting figure frames it clearly better.
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { STRONG, SUPPORT_MARGIN } from '../tuning.ts';

export const strongSupport: VerdictRule = {
  name: 'strongSupport',
  judge(j) {
    const s = j.bestSupport;
    const c = j.bestConflict;
    if (!s || s.score < STRONG || (c && s.score < c.score - SUPPORT_MARGIN)) return null;
    return supportedClaim(j, s, j.conflicts);
  },
};
