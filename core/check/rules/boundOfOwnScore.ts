// "Greece ran out 92-64 winners, a 26-point hammering in which GB conceded more than 90 points":
// a bound on one side of a score the draft has just given, told as the points one side scored or
// conceded. It states nothing the score does not, so it is supported as derived when a side of
// the score lies within the bound's reach; the score is checked against the sources on its own.
import { claimOf, short } from '../explain.ts';
import { closedInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { stem } from '../../frames/lexicon.ts';

/** Nouns a side of a score is counted in: points, goals, runs. */
const SIDE_NOUNS = new Set(['point', 'goal', 'run'].map(stem));

export const boundOfOwnScore: VerdictRule = {
  name: 'boundOfOwnScore',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined || a.m.bound === undefined || a.m.bound === 'exactly' || a.frame.head === undefined || !SIDE_NOUNS.has(a.frame.head)) return null;
    // The score is the last one told before the bound, in its sentence.
    const score = mentionsBefore(draft, a).filter((p) => p.m.kind === 'score' && p.sentence.start === a.sentence.start).at(-1);
    if (!score || score.m.value === null || score.m.high === undefined) return null;
    const [lo, hi] = closedInterval(a);
    const side = [score.m.value, score.m.high].find((v) => v >= lo && v <= hi);
    if (side === undefined) return null;
    return claimOf(draft, a, 'supported', `Derived: a side of the draft's own '${short(draft.text.slice(score.m.start, score.m.end))}' is ${side}. Draft: '${short(dText)}'.`, [], published);
  },
};
