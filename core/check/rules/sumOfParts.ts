// A total the source gives in parts within one sentence: "killed 19 people" where it says "At
// least 12 MSF staff members and seven patients were killed". Figures joined by "and" (or a
// comma) that count the same outcome add up; when their sum is the draft's figure it is
// supported as derived, and a part hedged "at least" makes the sum a lower bound, said so.
import { BROADER, EVENT_CONCEPTS } from '../../frames/lexicon.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isBound, isLowerBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionRuns } from '../sentenceMentions.ts';
import { MAX_PARTS, QUANTITY_CONCEPT_REACH } from '../tuning.ts';

export const sumOfParts: VerdictRule = {
  name: 'sumOfParts',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const primary = a.frame.concepts[0];
    // A derived total supports the figure it composes, not a bound on it ("at least 11" for a
    // sum of 19): a second inference on top of the first is not the source's statement. Only the
    // sum's own bound is: "at least 19" for "at least 12 … and seven".
    const atLeast = a.m.bound === 'at-least';
    if (a.family !== 'count' || a.m.value === null || (isBound(a.m.bound) && !atLeast) || !primary || primary.distance > QUANTITY_CONCEPT_REACH) return null;
    const [lo, hi] = draftInterval(a);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      // Runs of counts in one sentence, each counting the draft's outcome, joined by "and" or ",".
      const fits = (run: readonly AnalysedMention[], m: AnalysedMention): boolean => {
        if (m.family !== 'count' || m.base === null) return false;
        if (!m.frame.concepts.some((c) => c.concept === primary.concept && c.distance <= QUANTITY_CONCEPT_REACH + 4)) return false;
        // Each part's nearest outcome (killed, injured, arrested …) is the draft's: "two died
        // and three were injured" are two outcomes, never five deaths.
        const outcome = m.frame.concepts.find((c) => EVENT_CONCEPTS.has(c.concept));
        if (EVENT_CONCEPTS.has(primary.concept) && outcome && outcome.concept !== primary.concept && BROADER[outcome.concept] !== primary.concept) return false;
        const prev = run[run.length - 1];
        if (!prev) return true;
        const between = src.analysis.text.slice(prev.m.end, m.m.start).toLowerCase();
        return /^[\w\s-]*(\band\b|,)[\w\s-]*$/.test(between) && between.length <= 60;
      };
      for (const run of mentionRuns(src.analysis, MAX_PARTS, fits)) {
        const sum = run.reduce((t, x) => t + (x.base ?? 0), 0);
        const bounded = run.some((x) => isLowerBound(x.m.bound));
        if (atLeast ? bounded && sum === a.m.value : sum >= lo && sum <= hi) {
          const parts = run.map((x) => x.base).join(' + ');
          const evs = [evidenceOf(data, { sourceIndex: si, a: run[0]! })];
          return claimOf(draft, a, 'supported', `Derived: ${parts} = ${sum}${bounded ? ' (at least)' : ''}. Draft: '${short(dText)}'.`, evs, published);
        }
      }
    }
    return null;
  },
};
