// A bare outcome count ("4 killed", "two injured") has no words around it to match, so the
// context rule never calls it a conflict. When no source figure supports it and every source
// figure counting that same outcome gives one value, the sources leave no other reading: the
// draft's figure contradicts that toll. Several different tolls (per day, per country, in total)
// keep it unsupported rather than guess which one the writer meant.
import { isSubgroup, peopleAndThings } from '../../frames/headsAgree.ts';
import { EVENT_CONCEPTS } from '../../frames/lexicon.ts';
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { DRAFT_OUTCOME_REACH, SOURCE_OUTCOME_REACH, STRONG } from '../tuning.ts';


export const soleTollConflict: VerdictRule = {
  name: 'soleTollConflict',
  judge(j) {
    const { a, data, draft, published } = j;
    const dp = a.frame.concepts[0];
    if (j.support.length > 0 || a.family !== 'count' || a.m.bound !== undefined || !dp || dp.distance > DRAFT_OUTCOME_REACH || !EVENT_CONCEPTS.has(dp.concept)) return null;
    const same = j.scored.filter((s) => {
      const sp = s.e.a.frame.concepts[0];
      return sp !== undefined && sp.concept === dp.concept && sp.distance <= SOURCE_OUTCOME_REACH && !s.subset && s.score >= STRONG
        && !isSubgroup(a.frame.head, s.e.a.frame.head)
        && !peopleAndThings(draft.text, a.frame, data.sources[s.e.sourceIndex]?.analysis.text ?? '', s.e.a.frame);
    });
    const first = same[0];
    if (!first || first.rel !== 'disjoint') return null;
    const value = first.e.a.base;
    if (!same.every((s) => s.e.a.base === value && s.rel === 'disjoint')) return null;
    return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, first.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, first.e)], published, differingPart(a, first.e.a));
  },
};
