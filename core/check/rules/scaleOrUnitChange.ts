// Same digits, different scale or unit ("$1.8 million" where the source has "$1.8 billion",
// "30 years" where it has "30 days"), framed as the same quantity: a changed word, not a new
// figure, so the claim spans the word that differs.
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { STRONG } from '../tuning.ts';

export const scaleOrUnitChange: VerdictRule = {
  name: 'scaleOrUnitChange',
  judge(j) {
    const miss = j.miss();
    if (!miss || miss.score < 1 || (j.bestSupport && j.bestSupport.score >= STRONG)) return null;
    const { a, data, draft, published } = j;
    const ev = evidenceOf(data, miss.e);
    return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, miss.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published, differingPart(a, miss.e.a));
  },
};
