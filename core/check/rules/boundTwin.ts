// The draft hedged ("more than 40", "at least three") and a source hedges the same quantity the
// same way: the writer paraphrased that statement, so its figure is the one to match. The same
// hedge on the same figure, on a noun that names the same thing, is that statement even where the
// words around them differ.
import { headsAgree } from '../../frames/headsAgree.ts';
import type { Verdict } from '../../types.ts';
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import { isBound, isLowerBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { STRONG } from '../tuning.ts';
import { hasTotalCue } from '../totalCue.ts';

/**
 * Whether `x` is `y` rounded down (or up, for an upper bound) to a round step no larger than `y`:
 * a multiple of a power of ten, or of five times one, that is the first such multiple below (above) `y`.
 */
export function roundedOutward(x: number, y: number, down: boolean): boolean {
  if (x === y) return true;
  for (let p = 1; p <= Math.abs(y); p *= 10) {
    // A step above the figure itself rounds it to another order ("fewer than 50" for 27).
    for (const step of [p, p * 5].filter((s) => s <= Math.abs(y))) {
      const r = (down ? Math.floor(y / step) : Math.ceil(y / step)) * step;
      if (r === x) return true;
    }
  }
  return false;
}

export const boundTwin: VerdictRule = {
  name: 'boundTwin',
  judge(j) {
    const { a, data, draft, published } = j;
    if (!isBound(a.m.bound)) return null;
    const twin = j.scored.find((x) => x.score >= STRONG && x.e.a.m.bound === a.m.bound);
    // "meaning upwards of 42,000 homes were hit": a bound the draft says it added up is a sum of
    // bounds, not a restatement of one of them (totalOfSourceParts adds them).
    if (twin && !twin.close && hasTotalCue(draft, a)) return null;
    if (!twin) {
      // Short of a strong frame, the very hedge and figure on a noun that names the same thing
      // ("more than 140 appearances" / "over 140 matches") is still that statement told again.
      const same = j.scored.find((x) => x.close && x.score >= 0 && x.e.a.m.bound === a.m.bound && x.e.a.m.value === a.m.value
        && a.frame.head !== undefined && x.e.a.frame.head !== undefined && headsAgree(a.frame.head, x.e.a.frame.head));
      return same ? supportedClaim(j, same, []) : null;
    }
    // The same hedge on the source's figure rounded its own way: "more than 25,000 claims" for
    // "more than 25,600 claims", "fewer than 30" for "fewer than 27". A bound rounded past the
    // next round figure ("over 40" for "more than 50") understates what the source says.
    // However close, the draft's bound must be the twin's figure rounded its own way: "more than
    // half of the children" reaches past "just over 48% of children", and "punishable by up to
    // 10 years" is not "up to five years", though a rounding of 10 to tens would take in 5.
    const rounded = a.base !== null && twin.e.a.base !== null && roundedOutward(a.base, twin.e.a.base, isLowerBound(a.m.bound));
    if ((twin.close && rounded) || (twin.rel === 'entails' && roundedOutward(a.m.value ?? 0, twin.e.a.m.value ?? 0, isLowerBound(a.m.bound)))) return supportedClaim(j, twin, []);
    // A twin of the hedge alone gives way to a source figure that frames the quantity better and
    // establishes the draft's bound: "more than 12,000 treated for injuries" is "some 12,211 people
    // have been treated", not "more than 1,535 people who were hospitalized".
    if (j.scored.some((x) => x.score > twin.score && x.rel === 'entails' && x.close)) return null;
    const ev = evidenceOf(data, twin.e);
    const verdict: Verdict = twin.rel === 'disjoint' ? 'contradicted' : 'unsupported';
    const why = verdict === 'contradicted'
      ? `Source: '${short(sourcePhrase(data, twin.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`
      : `Source says '${short(sourcePhrase(data, twin.e))}', not '${short(phraseOf(draft.text, a))}'.`;
    return claimOf(draft, a, verdict, why, [ev], published, differingPart(a, twin.e.a));
  },
};
