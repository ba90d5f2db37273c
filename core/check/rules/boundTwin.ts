// The draft hedged ("more than 40", "at least three") and a source hedges the same quantity the
// same way: the writer paraphrased that statement, so its figure is the one to match. The same
// hedge on the same figure, on a noun that names the same thing, is that statement even where the
// words around them differ.
import { headsAgree } from '../../frames/headsAgree.ts';
import type { Verdict } from '../../types.ts';
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import { isBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { STRONG } from '../tuning.ts';

export const boundTwin: VerdictRule = {
  name: 'boundTwin',
  judge(j) {
    const { a, data, draft, published } = j;
    if (!isBound(a.m.bound)) return null;
    const twin = j.scored.find((x) => x.score >= STRONG && x.e.a.m.bound === a.m.bound);
    if (!twin) {
      // Short of a strong frame, the very hedge and figure on a noun that names the same thing
      // ("more than 140 appearances" / "over 140 matches") is still that statement told again.
      const same = j.scored.find((x) => x.close && x.score >= 0 && x.e.a.m.bound === a.m.bound && x.e.a.m.value === a.m.value
        && a.frame.head !== undefined && x.e.a.frame.head !== undefined && headsAgree(a.frame.head, x.e.a.frame.head));
      return same ? supportedClaim(j, same, []) : null;
    }
    if (twin.close) return supportedClaim(j, twin, []);
    const ev = evidenceOf(data, twin.e);
    const verdict: Verdict = twin.rel === 'disjoint' ? 'contradicted' : 'unsupported';
    const why = verdict === 'contradicted'
      ? `Source: '${short(sourcePhrase(data, twin.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`
      : `Source says '${short(sourcePhrase(data, twin.e))}', not '${short(phraseOf(draft.text, a))}'.`;
    return claimOf(draft, a, verdict, why, [ev], published, differingPart(a, twin.e.a));
  },
};
