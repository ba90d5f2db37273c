// Ordinals with a noun name members of a series: "the second Test" and "the first Test", "his
// first Grand Slam of the season" and "a third Grand Slam in nine years" are different matches
// or titles, not two values of one quantity. A source naming another member does not contradict
// the draft's; it only leaves it unstated, so the verdict is unsupported, citing that member.
// A bare rank ("finished third" / "finished second") is one quantity, and stays a conflict.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { CONFLICT_MARGIN } from '../tuning.ts';

export const anotherInSeries: VerdictRule = {
  name: 'anotherInSeries',
  judge(j) {
    const c = j.bestConflict;
    const { a, data, draft, published } = j;
    if (!c || a.m.kind !== 'ordinal' || c.e.a.m.kind !== 'ordinal' || c.rel !== 'disjoint') return null;
    if (a.frame.head === undefined || a.frame.head !== c.e.a.frame.head) return null;
    // Only where frameConflict would call it a conflict: a support framed nearly as well decides.
    if (j.bestSupport && c.score <= j.bestSupport.score + CONFLICT_MARGIN) return null;
    return claimOf(draft, a, 'unsupported',
      `No source states '${short(phraseOf(draft.text, a))}'; the source's '${short(sourcePhrase(data, c.e))}' is another of the series.`,
      [evidenceOf(data, c.e)], published);
  },
};
