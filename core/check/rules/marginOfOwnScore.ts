// "Wigan beat Warrington 12-6, a six-point margin", "City won 3-1, a two-goal victory": the
// margin of a score the draft has just given, spelled out. It states nothing the score does not,
// so it is supported as derived when it is the score's difference; the score is checked against
// the sources on its own, and a wrong one is flagged there.
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { stem } from '../../frames/lexicon.ts';

/** Nouns a margin is told in: "a six-point margin", "a two-goal win", "by three runs". */
const MARGIN_NOUNS = new Set(['margin', 'win', 'victory', 'defeat', 'loss', 'lead', 'advantage', 'point', 'goal', 'run', 'try',
  'stroke', 'shot', 'wicket', 'frame', 'set', 'game'].map(stem));

export const marginOfOwnScore: VerdictRule = {
  name: 'marginOfOwnScore',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined || a.m.bound !== undefined || a.frame.head === undefined || !MARGIN_NOUNS.has(a.frame.head)) return null;
    // The score is the figure told right before the margin, in its sentence.
    const before = mentionsBefore(draft, a).filter((p) => p.m.kind !== 'date');
    const score = before.at(-1);
    if (!score || score.m.kind !== 'score' || score.m.value === null || score.m.high === undefined || score.sentence.start !== a.sentence.start) return null;
    if (Math.abs(score.m.value - score.m.high) !== a.m.value) return null;
    return claimOf(draft, a, 'supported', `Derived: the margin of the draft's own '${short(draft.text.slice(score.m.start, score.m.end))}'. Draft: '${short(dText)}'.`, [], published);
  },
};
