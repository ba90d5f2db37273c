// A source states the same quantity (strong frame, shared context) with another value: disjoint
// values contradict; a value that only overlaps (a bound) leaves the draft's figure unsupported.
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase, uniqueBySource } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { CITE_MARGIN, CONFLICT_MARGIN } from '../tuning.ts';

export const frameConflict: VerdictRule = {
  name: 'frameConflict',
  judge(j) {
    const c = j.bestConflict;
    if (!c || (j.bestSupport && c.score <= j.bestSupport.score + CONFLICT_MARGIN)) return null;
    const { a, data, draft, published } = j;
    const ev = evidenceOf(data, c.e);
    const others = uniqueBySource(j.conflicts.filter((o) => o.e.sourceIndex !== c.e.sourceIndex && o.score >= c.score - CITE_MARGIN)).slice(0, 2);
    const evidence = [ev, ...others.map((o) => evidenceOf(data, o.e))];
    if (c.rel === 'disjoint') {
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, c.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, c.e.a));
    }
    return claimOf(draft, a, 'unsupported', `Source says '${short(sourcePhrase(data, c.e))}', which does not establish '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, c.e.a));
  },
};
