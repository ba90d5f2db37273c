// An anniversary is counted either way: "the first anniversary", "the one-year anniversary" and
// "the first-year observance" name the same day, as do "the 10th anniversary" and "the 10-year
// anniversary", and "100 years since" it. A draft's ordinal or span of years before an anniversary word is supported by a
// source that counts the same years to an anniversary in either form.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWords } from '../sharedWords.ts';
import { ANNIVERSARY_REACH } from '../tuning.ts';

/** Words that name the day a number of years after an event. */
const ANNIVERSARY = new Set(['anniversary', 'anniversaries', 'observance', 'commemoration', 'jubilee']);


/** Years to an anniversary the mention counts, or null: "first-year observance" 1, "10-year anniversary" 10. */
function yearsToAnniversary(t: AnalysedText, a: AnalysedMention): number | null {
  const v = a.m.value;
  if (v === null || !Number.isInteger(v) || v < 1) return null;
  const years = a.m.kind === 'ordinal' || (a.m.kind === 'duration' && a.family === 'dim:time' && a.base !== null && a.m.unit === 'year');
  if (!years) return null;
  for (let k = a.m.tokEnd; k < a.m.tokEnd + ANNIVERSARY_REACH && k < t.tokens.length; k++) {
    const tk = t.tokens[k];
    if (!tk || tk.start >= a.sentence.end) break;
    if (ANNIVERSARY.has(tk.lower)) return v;
  }
  return null;
}

/** Years of a "N years since" span, or null. */
function yearsSince(t: AnalysedText, a: AnalysedMention): number | null {
  const v = a.m.value;
  if (a.m.kind !== 'duration' || a.m.unit !== 'year' || a.m.bound !== undefined || v === null || !Number.isInteger(v) || v < 1) return null;
  return t.tokens[a.m.tokEnd]?.lower === 'since' ? v : null;
}

export const anniversaryYears: VerdictRule = {
  name: 'anniversaryYears',
  judge(j) {
    const { a, data, draft, published } = j;
    // "This week marks 100 years since the start of …": years since an event, told where the
    // source tells "the 100th anniversary of" it; the words around both must meet.
    const since = yearsSince(draft, a);
    const n = yearsToAnniversary(draft, a) ?? since;
    if (n === null) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const sm of src.analysis.mentions) {
        if (yearsToAnniversary(src.analysis, sm) !== n) continue;
        if (since !== null && sharedWords(draft, a, src.analysis, sm) < SHARED_EVENT_WORDS) continue;
        const ev = evidenceOf(data, { sourceIndex: si, a: sm });
        return claimOf(draft, a, 'supported', `Source: '${short(ev.value ?? '')}' anniversary, the same count of years. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
      }
    }
    return null;
  },
};
