// Last rule: no source gives the figure.
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

export const noSource: VerdictRule = {
  name: 'noSource',
  judge(j) {
    return claimOf(j.draft, j.a, 'unsupported', `No source gives '${short(j.dText)}'.`, [], j.published);
  },
};
