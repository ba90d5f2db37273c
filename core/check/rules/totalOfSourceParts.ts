// A total the draft says it added up ("a combined following of more than 95 million", "a combined
// seven games", totalCue.ts) from figures one source sentence gives side by side ("United's page
// has more than 70 million 'likes', while Rooney's has more than 25 million"). Only a cued total
// is summed, and only figures next to each other in one sentence, of the same kind and unit and
// not counting different nouns: digits that merely add up elsewhere say nothing. Lower bounds add
// up to a lower bound, which only a draft's lower bound may restate.
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isLowerBound } from '../intervals.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionRuns, sentenceIndexOf, sentenceMentions } from '../sentenceMentions.ts';
import { MAX_PARTS, SUM_ROUNDING } from '../tuning.ts';
import { hasTotalCue } from '../totalCue.ts';
import { namesPeople } from '../../frames/headsAgree.ts';

export const totalOfSourceParts: VerdictRule = {
  name: 'totalOfSourceParts',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.kind === 'ordinal' || (a.family !== 'count' && !a.family.startsWith('money:'))) return null;
    if (a.m.bound !== undefined && !isLowerBound(a.m.bound) && a.m.bound !== 'approximately') return null;
    if (!hasTotalCue(draft, a)) return null;
    const lower = isLowerBound(a.m.bound);
    const [lo, hi] = draftInterval(a);
    // A part is exact, or a lower bound toward a total that is one; `alsoBound` lets a caller accept more.
    const addable = (m: AnalysedMention, alsoBound = (_: AnalysedMention) => false) => m.family === a.family && m.base !== null && m.m.kind !== 'ordinal'
      && m.m.kind !== 'age' && m.m.high === undefined && (m.m.bound === undefined || (lower && isLowerBound(m.m.bound)) || alsoBound(m));
    // Parts of one kind: "5 goals in 7 games" counts two things, and different head nouns are no
    // sum. Sums of one currency add whatever they pay for: "fined £20,000 and ordered to pay
    // court costs of £1,800" is a bill of £21,800.
    const money = a.family.startsWith('money:');
    // So are groups of people a total of "people" counts: "23 children and four adults were
    // killed" makes the draft's "at least 27 people".
    const people = a.frame.head === undefined || namesPeople(a.frame.head);
    const groups = (x: string, y: string) => people && namesPeople(x) && namesPeople(y);
    const fits = (run: readonly AnalysedMention[], m: AnalysedMention): boolean => addable(m)
      && (money || !run.some((p) => p.frame.head !== undefined && m.frame.head !== undefined && p.frame.head !== m.frame.head && !groups(p.frame.head, m.frame.head)));
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      // "Eight additional parishes …, bringing the total to 20": a running total already holds
      // the parts told with it, so it is never one of them (20 + 8 is no total of anything).
      const part = (run: readonly AnalysedMention[], m: AnalysedMention): boolean => fits(run, m) && !hasTotalCue(src.analysis, m);
      for (const run of mentionRuns(src.analysis, MAX_PARTS, part)) {
        const sum = run.reduce((t, x) => t + x.base!, 0) / a.factor;
        const bounded = run.some((x) => x.m.bound !== undefined);
        // A sum of lower bounds is itself the bound; exact parts give an exact sum a hedge may round.
        if (bounded ? Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value : sum < lo || sum > hi || Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value) continue;
        const list = run.map((x) => `'${short(src.analysis.text.slice(x.m.start, x.m.end))}'`).join(' + ');
        return claimOf(draft, a, 'supported', `Derived: the source's ${list} make '${short(dText)}'.`, run.map((x) => evidenceOf(data, { sourceIndex: si, a: x })), published);
      }
      // "Almost 7 000 tickets were sold. 6 000 tickets more were booked.": two figures of one noun
      // in consecutive sentences, each its sentence's only figure of the kind, are parts of the
      // draft's cued total of that noun.
      // A rounded total ("roughly 13,000") may add parts told roughly ("Almost 7 000").
      const statedOrRough = (m: AnalysedMention) => m.m.bound === 'exactly'
        || (a.m.bound === 'approximately' && (m.m.bound === 'approximately' || m.m.bound === 'nearly'));
      const ms = src.analysis.mentions.filter((m) => addable(m, statedOrRough) && m.frame.head !== undefined && m.frame.head === a.frame.head);
      const only = (m: AnalysedMention) => sentenceMentions(src.analysis, m.sentence.start).filter((o) => o.family === a.family).length === 1;
      for (let k = 0; k + 1 < ms.length; k++) {
        const [p, q] = [ms[k]!, ms[k + 1]!];
        if (sentenceIndexOf(src.analysis, q) - sentenceIndexOf(src.analysis, p) !== 1 || !only(p) || !only(q)) continue;
        const sum = (p.base! + q.base!) / a.factor;
        if (sum < lo || sum > hi || Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value) continue;
        const text = (x: AnalysedMention) => `'${short(src.analysis.text.slice(x.m.start, x.m.end))}'`;
        return claimOf(draft, a, 'supported', `Derived: the source's ${text(p)} and ${text(q)}, one sentence after the other, make '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: p }), evidenceOf(data, { sourceIndex: si, a: q })], published);
      }
    }
    return null;
  },
};
