// A source states the same quantity (a strong frame match) with a compatible value, and no
// conflicting figure frames it clearly better.
import { GENERIC_HEADS } from '../../frames/lexicon.ts';
import { headsAgree } from '../../frames/headsAgree.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { Scored, VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { STRONG, SUPPORT_MARGIN } from '../tuning.ts';

export const strongSupport: VerdictRule = {
  name: 'strongSupport',
  judge(j) {
    const s = j.bestSupport;
    const c = j.bestConflict;
    if (!s || s.score < STRONG || (c && s.score < c.score - (countsOtherNoun(j.a, s, c) || boundOnConflict(j.a, c) ? 0 : SUPPORT_MARGIN))) return null;
    return supportedClaim(j, s, j.conflicts);
  },
};

/**
 * "hit 51 in 50 matches" where the source has "50 goals in 51 matches": the supporting figure
 * counts another noun than the draft's (goals, not matches) and the conflicting one counts the
 * draft's own. Then the support has no margin over the conflict: the draft's noun decides.
 */
function countsOtherNoun(a: AnalysedMention, s: Scored, c: Scored): boolean {
  const head = a.frame.head;
  if (head === undefined || GENERIC_HEADS.has(head)) return false;
  const same = (h: string | undefined): boolean => h !== undefined && (h === head || headsAgree(h, head));
  return same(c.e.a.frame.head) && s.e.a.frame.head !== undefined && !GENERIC_HEADS.has(s.e.a.frame.head) && !same(s.e.a.frame.head);
}

/**
 * "more than 50 deaths" where the source's "50 deaths" frames the quantity better than its "457
 * deaths" elsewhere: the draft bounds the very figure the better-framed source states, and "more
 * than N" needs a value above N. The larger figure that satisfies the bound has no margin then.
 */
function boundOnConflict(a: AnalysedMention, c: Scored): boolean {
  const strict = a.m.bound === 'more-than' || a.m.bound === 'less-than';
  return strict && a.base !== null && c.e.a.base !== null && c.e.a.m.bound === undefined && Math.abs(c.e.a.base - a.base) <= 1e-9 * Math.max(1, Math.abs(a.base));
}
