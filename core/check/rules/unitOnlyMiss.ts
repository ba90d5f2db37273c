// The digits are the source's at another scale or unit, but nothing frames them as the same
// quantity: not a contradiction, yet the unsupported part is the unit or scale.
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

export const unitOnlyMiss: VerdictRule = {
  name: 'unitOnlyMiss',
  judge(j) {
    const miss = j.miss();
    if (!miss) return null;
    const { a, data, draft, published } = j;
    const ev = evidenceOf(data, miss.e);
    return claimOf(draft, a, 'unsupported', `Source gives '${short(sourcePhrase(data, miss.e))}', not '${short(phraseOf(draft.text, a))}'.`, [ev], published, differingPart(a, miss.e.a));
  },
};
