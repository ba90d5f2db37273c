// A total the draft says it added up ("a combined following of more than 95 million", "a combined
// seven games", totalCue.ts) from figures one source sentence gives side by side ("United's page
// has more than 70 million 'likes', while Rooney's has more than 25 million"). Only a cued total
// is summed, and only figures next to each other in one sentence, of the same kind and unit and
// not counting different nouns: digits that merely add up elsewhere say nothing. Lower bounds add
// up to a lower bound, which only a draft's lower bound may restate.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { MAX_PARTS } from '../tuning.ts';
import { hasTotalCue } from '../totalCue.ts';

/** Share of a hedged total the parts' exact sum may differ by: "some 200" for 196 (as totalOfOwnParts). */
const SUM_ROUNDING = 0.05;

const LOWER = new Set(['more-than', 'at-least']);

export const totalOfSourceParts: VerdictRule = {
  name: 'totalOfSourceParts',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.kind === 'ordinal' || (a.family !== 'count' && !a.family.startsWith('money:'))) return null;
    if (a.m.bound !== undefined && !LOWER.has(a.m.bound) && a.m.bound !== 'approximately') return null;
    if (!hasTotalCue(draft, a)) return null;
    const lower = a.m.bound !== undefined && LOWER.has(a.m.bound);
    const [lo, hi] = draftInterval(a);
    const addable = (m: AnalysedMention) => m.family === a.family && m.base !== null && m.m.kind !== 'ordinal' && m.m.kind !== 'age'
      && m.m.high === undefined && (m.m.bound === undefined || (lower && LOWER.has(m.m.bound)));
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const ms = src.analysis.mentions;
      for (let k = 0; k < ms.length; k++) {
        const run: AnalysedMention[] = [];
        for (let r = k; r < ms.length && run.length < MAX_PARTS; r++) {
          const m = ms[r]!;
          if (!addable(m) || m.sentence.start !== ms[k]!.sentence.start) break;
          // "5 goals in 7 games" counts two things: parts with different head nouns are no sum.
          if (run.some((p) => p.frame.head !== undefined && m.frame.head !== undefined && p.frame.head !== m.frame.head)) break;
          run.push(m);
          if (run.length < 2) continue;
          const sum = run.reduce((t, x) => t + x.base!, 0) / a.factor;
          const bounded = run.some((x) => x.m.bound !== undefined);
          // A sum of lower bounds is itself the bound; exact parts give an exact sum a hedge may round.
          if (bounded ? Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value : sum < lo || sum > hi || Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value) continue;
          const list = run.map((x) => `'${short(src.analysis.text.slice(x.m.start, x.m.end))}'`).join(' + ');
          return claimOf(draft, a, 'supported', `Derived: the source's ${list} make '${short(dText)}'.`, run.map((x) => evidenceOf(data, { sourceIndex: si, a: x })), published);
        }
      }
    }
    return null;
  },
};
