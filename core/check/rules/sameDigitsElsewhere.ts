// The digits are in the source, only as another kind of figure ("$4bn" where it has "4%").
// Precision first: our reading of either may be wrong, so no red flag — but the explanation says
// plainly that the source does not confirm it.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

export const sameDigitsElsewhere: VerdictRule = {
  name: 'sameDigitsElsewhere',
  judge(j) {
    const { a, data, draft, published } = j;
    const bareHit = data.bare.get(a.m.parts?.numValue ?? a.m.value ?? Number.NaN);
    if (!bareHit) return null;
    return claimOf(draft, a, 'supported',
      `Not confirmed: the source has this number only as '${short(sourcePhrase(data, bareHit))}'. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, bareHit)], published);
  },
};
