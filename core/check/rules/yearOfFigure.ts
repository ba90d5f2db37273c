// A year is checked with the figure it anchors: "Spanish roads claimed 1,145 lives in 2023" where
// the source says "In 2022, 1,145 people died on Spanish roads". The figure is the source's; the
// year it is given is not. A year named anywhere else in the source (a dateline's "2023") must
// not make it green. So a draft year whose sentence holds a figure the source states
// (sameStatedFigure) is contradicted when the source anchors that figure to other years only.
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { sameStatedFigure } from '../sameStatedFigure.ts';
import { YEAR_REACH } from '../tuning.ts';
import { yearHasOwnFigure, yearsNear } from '../yearAnchor.ts';

/** Families whose figures a year anchors (as buildJudgement's year filter reads them). */
const ANCHORED = /^(count|money:.*|percent)$/;

export const yearOfFigure: VerdictRule = {
  name: 'yearOfFigure',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const year = a.m.value;
    if (a.m.kind !== 'year' || year === null || a.m.high !== undefined) return null;
    // "when 667 were recorded, the highest total since 2000": a year after "since" is the mark
    // the figure is measured from, not the year it is anchored to.
    if (/^(?:since|before)$/.test(draft.tokens[a.m.tokStart - 1]?.lower ?? '')) return null;
    for (const f of sentenceMentions(draft, a.sentence.start)) {
      if (f === a || !ANCHORED.test(f.family) || f.base === null || Math.abs(f.m.tokStart - a.m.tokStart) > YEAR_REACH) continue;
      // Only a figure this year dates: not one of another year's clause ("the forecast for 2017
      // falls from 2.5% to 2.1%, while 2018 is now expected …").
      const own = yearsNear(draft, f.sentence, f.m.tokStart);
      if (own.length > 0 && !own.includes(year)) continue;
      for (let si = 0; si < data.sources.length; si++) {
        const src = data.sources[si];
        if (!src) continue;
        for (const s of src.analysis.mentions) {
          // The same quantity: "1,145 lives" and "1,145 people died on Spanish roads".
          if (!sameStatedFigure(f, s)) continue;
          const years = yearsNear(src.analysis, s.sentence, s.m.tokStart);
          if (years.length === 0 || years.includes(year)) continue;
          // Where the source gives this year a figure of its own, the draft's figure is the slip.
          if (yearHasOwnFigure(src.analysis, s, [year])) continue;
          const e = { sourceIndex: si, a: s };
          return claimOf(draft, a, 'contradicted', `Source gives '${short(sourcePhrase(data, e))}' for ${years.join(', ')}. Draft: '${short(dText)}'.`, [evidenceOf(data, e)], published);
        }
      }
    }
    return null;
  },
};
