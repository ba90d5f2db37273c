// "played vet Siegfried Farnon for 12 years on the BBC" where the source has the drama that "aired
// between 1978 and 1990": a number of years the source gives as a span from one year to another
// ("between 1978 and 1990", "from 1978 to 1990", "1978-1990"). Supported as derived when the
// span's length is the draft's figure within its rounding and the words around both meet.
import { frameMatch } from '../../frames/frameOf.ts';
import { isStopword } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

/** Both ends written as four-digit years, with no thousands comma ("between 1,500 and 2,000" is a count). */
export const YEAR_SPAN = /^\D*\b(1[0-9]{3}|20[0-9]{2})\b\D+\b(1[0-9]{3}|20[0-9]{2})\b\D*$/;

export const spanOfYears: VerdictRule = {
  name: 'spanOfYears',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.unit !== 'year' || a.m.value === null) return null;
    const [lo, hi] = draftInterval(a);
    for (const [i, src] of data.sources.entries()) {
      for (const s of src.analysis.mentions) {
        if (s.m.value === null || s.m.high === undefined) continue;
        const text = src.analysis.text.slice(s.m.start, s.m.end);
        if (!YEAR_SPAN.test(text)) continue;
        // "between 1500 and 2000 people" counts people: a span of years names no noun after it.
        const next = src.analysis.tokens[s.m.tokEnd];
        if (next?.type === 'word' && !isStopword(next.lower)) continue;
        const length = s.m.high - s.m.value;
        if (length < lo || length > hi) continue;
        if (frameMatch(a.frame, s.frame).context <= 0) continue;
        return claimOf(draft, a, 'supported', `Derived: '${short(text)}' is ${length} years. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: s })], published);
      }
    }
    return null;
  },
};
