// "the second Test" where a source says "the first two Tests": a run of the first N of a series
// includes each of its first N members, so an ordinal up to N of the same noun is stated. Tried
// before conflicts, since that source usually also names another member ("the first Test"),
// which is a different match of the same series, not another count of this one.
import { stem } from '../../frames/lexicon.ts';
import type { Evidence } from '../../types.ts';
import { claimOf, phraseOf, quoteOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Words that open a run of a series: "the first two Tests", "the opening three rounds". */
const RUN_OPENERS = new Set(['first', 'opening']);

export const ordinalInFirstFew: VerdictRule = {
  name: 'ordinalInFirstFew',
  judge(j) {
    const { a, data, draft, published } = j;
    const k = a.m.value;
    const head = a.frame.head;
    if (a.m.kind !== 'ordinal' || k === null || !Number.isInteger(k) || k < 1 || head === undefined) return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (const sm of src.analysis.mentions) {
        const n = sm.m.value;
        if (sm.m.kind !== 'count' || n === null || sm.m.bound !== undefined || !Number.isInteger(n) || n < k || n < 2) continue;
        const opener = toks[sm.m.tokStart - 1];
        const noun = toks[sm.m.tokEnd];
        if (!opener || !RUN_OPENERS.has(opener.lower) || !noun || noun.type !== 'word' || stem(noun.lower) !== head) continue;
        const q = quoteOf(src.analysis.text, sm.sentence, opener.start, noun.end);
        const phrase = src.analysis.text.slice(opener.start, noun.end);
        const ev: Evidence = { sourceId: src.doc.id, start: q.start, end: q.end, quote: q.quote, value: phrase, valueStart: opener.start, valueEnd: noun.end };
        return claimOf(draft, a, 'supported', `Source: '${short(phrase)}' includes the ${short(phraseOf(draft.text, a))}.`, [ev], published);
      }
    }
    return null;
  },
};
