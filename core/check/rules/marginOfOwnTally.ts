// "beat her by more than 800 votes, 8,745 to 7,952": a margin the draft tells with the two tallies
// it comes from right after it. It states nothing the tallies do not, so it is their difference:
// supported as derived when the difference meets it, contradicted when not (793 is not more than
// 800), whatever figure of that size a source states elsewhere. The tallies are checked against the
// sources on their own.
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Between a lead and the score it is the gap of: "[six] points clear, at [42-36]", "two goals ahead at 3-1". */
const LEAD_WORDS = /^\s*(?:points?|goals?|runs?|votes?|shots?|strokes?)?\s*(?:clear|ahead|in front|behind|adrift|up|down)\s*,?\s*(?:at|on)\s*$/;

export const marginOfOwnTally: VerdictRule = {
  name: 'marginOfOwnTally',
  judge(j) {
    const { a, draft, published, dText } = j;
    const t = draft.tokens;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined) return null;
    // "Trump was six points clear, at 42-36": a lead told with the score it is the gap of.
    const score = sentenceMentions(draft, a.sentence.start).find((m) => m.m.start > a.m.end && m.m.kind === 'score' && m.m.value !== null && m.m.high !== undefined);
    if (score && LEAD_WORDS.test(draft.text.slice(a.m.end, score.m.start))) {
      const gap = Math.abs(score.m.value! - score.m.high!);
      const [lo, hi] = draftInterval(a);
      const said = `Derived: the draft's own '${short(draft.text.slice(score.m.start, score.m.end))}' is a margin of ${round(gap)}. Draft: '${short(dText)}'.`;
      return claimOf(draft, a, gap >= lo && gap <= hi ? 'supported' : 'contradicted', said, [], published);
    }
    if (t[tokenAt(t, a.m.start) - 1]?.lower !== 'by') return null;
    // (From the hedge: "by [more than] 800".) The tallies: after the margin's noun and a comma, "X to Y".
    const after = sentenceMentions(draft, a.sentence.start).filter((m) => m.m.start > a.m.end);
    const [x, y] = after;
    if (!x || !y || x.family !== a.family || y.family !== a.family || x.base === null || y.base === null) return null;
    const between = t.slice(a.m.tokEnd, x.m.tokStart).map((w) => w.text);
    if (between.length > 2 || between[between.length - 1] !== ',' || t[x.m.tokEnd]?.lower !== 'to' || y.m.tokStart !== x.m.tokEnd + 1) return null;
    const margin = Math.abs(x.base - y.base);
    const [lo, hi] = draftInterval(a);
    const tallies = `'${short(draft.text.slice(x.m.start, y.m.end))}'`;
    if (margin >= lo && margin <= hi) return claimOf(draft, a, 'supported', `Derived: the draft's own ${tallies} is a margin of ${round(margin)}. Draft: '${short(dText)}'.`, [], published);
    return claimOf(draft, a, 'contradicted', `Derived: the draft's own ${tallies} is a margin of ${round(margin)}. Draft: '${short(dText)}'.`, [], published);
  },
};
