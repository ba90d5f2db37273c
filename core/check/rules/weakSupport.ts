// The source has the draft's own value, framed weakly (no concept or head noun in common).
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

export const weakSupport: VerdictRule = {
  name: 'weakSupport',
  judge(j) {
    return j.bestSupport ? supportedClaim(j, j.bestSupport, j.conflicts) : null;
  },
};
