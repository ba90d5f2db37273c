// "the BBC drama, which ran for 12 years from 1978" where the source has it "aired between 1978
// and 1990": a year the draft gives is one end of a span of years the source gives for the same
// thing. Supported when the words around both meet; any other year is left to the rules after.
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { yearSpans } from './spanOfYears.ts';

export const endOfYearSpan: VerdictRule = {
  name: 'endOfYearSpan',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'year' || a.m.value === null || a.m.high !== undefined) return null;
    for (const [i, src] of data.sources.entries()) {
      for (const s of yearSpans(src.analysis)) {
        if (s.m.value !== a.m.value && s.m.high !== a.m.value) continue;
        const text = src.analysis.text.slice(s.m.start, s.m.end);
        if (frameMatch(a.frame, s.frame).context <= 0) continue;
        const end = s.m.value === a.m.value ? 'begins' : 'ends';
        return claimOf(draft, a, 'supported', `Source: '${short(text)}' ${end} in ${a.m.value}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: s })], published);
      }
    }
    return null;
  },
};
