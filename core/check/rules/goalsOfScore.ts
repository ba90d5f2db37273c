// "The six goals made it the highest-scoring final since 1966" where the source has "France beat
// Croatia 4-2": the goals of a match are the two sides of its score added up. A draft's count of
// the match's goals or points, told as the whole ("the six goals", "a total of 64 points", "all
// 14 goals"), is supported as derived when a source gives a score whose sides add up to it. A
// count without the whole's article ("scored two goals") is a player's, and is left to the others.
import { stem } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** What a match's score counts: its goals, points or tries. */
const SCORED = new Set(['goals', 'points'].map(stem));

/** Words before the figure that make it the match's whole tally: "the six goals", "a total of 64", "all 14 goals". */
const WHOLE_BEFORE = /^(?:the|all)$/;

export const goalsOfScore: VerdictRule = {
  name: 'goalsOfScore',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || (a.m.bound !== undefined && a.m.bound !== 'exactly') || a.frame.head === undefined || !SCORED.has(a.frame.head)) return null;
    const t = draft.tokens;
    const before = t[a.m.tokStart - 1]?.lower ?? '';
    // "a total of seven" is read with its words, as the total it says it is.
    const total = WHOLE_BEFORE.test(before) || /^a total of\b/i.test(dText);
    if (!total) return null;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const sm of src.analysis.mentions) {
        if (sm.m.kind !== 'score' || sm.m.value === null || sm.m.high === undefined || sm.m.value + sm.m.high !== a.m.value) continue;
        const score = src.analysis.text.slice(sm.m.start, sm.m.end);
        return claimOf(draft, a, 'supported', `Derived: the score ${short(score)} is ${a.m.value} in all. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex, a: sm })], published);
      }
    }
    return null;
  },
};
