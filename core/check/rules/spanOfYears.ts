// "played vet Siegfried Farnon for 12 years on the BBC" where the source has the drama that "aired
// between 1978 and 1990": a number of years the source gives as a span from one year to another
// ("between 1978 and 1990", "from 1978 to 1990", "1978-1990"). Supported as derived when the
// span's length is the draft's figure within its rounding and the words around both meet.
import { frameMatch } from '../../frames/frameOf.ts';
import { isStopword } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';

/**
 * Both ends written as years, with no thousands comma ("between 1,500 and 2,000" is a count): four
 * digits each, or the second cut to two after a dash ("in 1988-89").
 */
const YEAR_SPAN = /^\D*\b(1[0-9]{3}|20[0-9]{2})(?:\b\D+\b(1[0-9]{3}|20[0-9]{2})|[-–/][0-9]{2})\b\D*$/;

/**
 * The spans of years a text gives ("between 1978 and 1990", "from 1978 to 1990", "1978-1990", "1988-89"):
 * both ends four-digit years, and no noun after them ("between 1500 and 2000 people" counts people).
 */
export function* yearSpans(text: AnalysedText): Generator<AnalysedMention> {
  for (const s of text.mentions) {
    if (s.m.value === null || s.m.high === undefined || !YEAR_SPAN.test(text.text.slice(s.m.start, s.m.end))) continue;
    const next = text.tokens[s.m.tokEnd];
    if (next?.type === 'word' && !isStopword(next.lower)) continue;
    yield s;
  }
}

export const spanOfYears: VerdictRule = {
  name: 'spanOfYears',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.unit !== 'year' || a.m.value === null) return null;
    const [lo, hi] = draftInterval(a);
    for (const [i, src] of data.sources.entries()) {
      for (const s of yearSpans(src.analysis)) {
        if (s.m.value === null || s.m.high === undefined) continue;
        const text = src.analysis.text.slice(s.m.start, s.m.end);
        const length = s.m.high - s.m.value;
        if (length < lo || length > hi) continue;
        if (frameMatch(a.frame, s.frame).context <= 0) continue;
        return claimOf(draft, a, 'supported', `Derived: '${short(text)}' is ${length} years. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: s })], published);
      }
    }
    return null;
  },
};
