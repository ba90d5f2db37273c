// "know less than they did three decades ago" where the source has "changes … over the last 30
// years": a span that runs to now ("the last 30 years", "the past decade") starts that long ago,
// so its length dates the draft's "N years ago". Supported as derived when the length is the
// draft's figure within its rounding and the words around both meet.
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import { inDraftUnits, nearInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

/** Words before a length of time that make it run up to now. */
const UP_TO_NOW = new Set(['last', 'past']);

export const startOfRecentSpan: VerdictRule = {
  name: 'startOfRecentSpan',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.family !== 'ago' || a.m.bound !== undefined || a.m.value === null || a.base === null) return null;
    const [lo, hi] = nearInterval(a);
    for (const [i, src] of data.sources.entries()) {
      for (const s of src.analysis.mentions) {
        if (s.family !== 'dim:time' || s.m.kind !== 'duration' || s.base === null || s.m.bound !== undefined) continue;
        if (!UP_TO_NOW.has(src.analysis.tokens[s.m.tokStart - 1]?.lower ?? '')) continue;
        const length = inDraftUnits(s.base, a);
        if (length < lo || length > hi) continue;
        if (frameMatch(a.frame, s.frame).context <= 0) continue;
        const text = src.analysis.text.slice(s.m.start, s.m.end);
        return claimOf(draft, a, 'supported', `Derived: 'the ${src.analysis.tokens[s.m.tokStart - 1]?.lower ?? ''} ${short(text)}' began ${short(phraseOf(draft.text, a))}. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, { sourceIndex: i, a: s })], published);
      }
    }
    return null;
  },
};
