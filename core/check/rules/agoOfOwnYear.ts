// "since the authority was created 58 years ago, in 1964", "Canada's last victory came 16 years
// ago, in 2000": a time back from now the draft gives beside the year it names. It states nothing
// that year and the story's own year do not, so it is supported as derived when the year is that
// many years before the story's now: the newest year a source is dated by (its publication date,
// else the latest year it names). The year is checked against the sources on its own.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { sourceYear } from '../yearAnchor.ts';

/** Tokens between the time back and its year: "58 years ago[, in] 1964", "in 1964[,] 58 years ago". */
const YEAR_REACH = 3;

/** The year the draft sets beside a time back, on either side of it. */
function yearBeside(draft: Parameters<VerdictRule['judge']>[0]['draft'], a: AnalysedMention): AnalysedMention | undefined {
  return sentenceMentions(draft, a.sentence.start).find((p) => p.m.kind === 'year' && p.m.high === undefined && p.m.value !== null
    && ((p.m.tokStart >= a.m.tokEnd && p.m.tokStart - a.m.tokEnd <= YEAR_REACH) || (p.m.tokEnd <= a.m.tokStart && a.m.tokStart - p.m.tokEnd <= YEAR_REACH)));
}

export const agoOfOwnYear: VerdictRule = {
  name: 'agoOfOwnYear',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const ago = a.m.date?.ago;
    if (ago === undefined || ago.unit !== 'year' || a.m.value === null) return null;
    const year = yearBeside(draft, a);
    if (year === undefined) return null;
    let now: number | undefined;
    for (const s of data.sources) {
      const y = sourceYear(s.doc.published, s.analysis);
      if (y !== undefined) now = Math.max(now ?? y, y);
    }
    if (now === undefined) return null;
    const back = now - year.m.value!;
    // Unhedged, the count may fall a year short of the difference of the years (an event late in
    // its year, told early in the story's); hedged, the difference lies within the hedge.
    const [lo, hi] = draftInterval(a);
    const fits = a.m.bound === undefined ? a.m.value === back || a.m.value === back - 1 : back >= lo && back <= hi;
    if (!fits) return null;
    return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(draft.text.slice(year.m.start, year.m.end))}' was ${back} years before the story's ${now}. Draft: '${short(dText)}'.`, [], published);
  },
};
