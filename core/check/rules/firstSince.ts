// "at the finals for the first time since 1978" where the source says "out of their first
// tournament since 1978": a first told with "since" and a year is the same first whatever noun
// the draft counts it in, when the draft's noun is an occasion ("time"): the year says which
// streak it ends. Another year, or a first of another named thing ("first win since 2004" for
// a "first title since 2004"), is not this.
import type { Token } from '../../text/tokenize.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Tokens from "first" to its "since": "first [time] since", "first [major title] since" (3). */
const TO_SINCE = 3;
/** Occasion nouns: a first of these is the first of whatever the story counts. */
const OCCASIONS = new Set(['time', 'occasion']);

export const firstSince: VerdictRule = {
  name: 'firstSince',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'ordinal' || a.m.value !== 1) return null;
    const sinceYear = (tokens: readonly Token[], from: number): string | undefined => {
      for (let k = from; k < from + TO_SINCE + 1 && k < tokens.length - 1; k++) {
        if (tokens[k]!.lower === 'since' && /^(?:1[89]|20)\d\d$/.test(tokens[k + 1]!.text)) return tokens[k + 1]!.text;
      }
      return undefined;
    };
    const noun = draft.tokens[a.m.tokEnd]?.lower ?? '';
    const year = sinceYear(draft.tokens, a.m.tokEnd);
    if (year === undefined || !OCCASIONS.has(noun)) return null;
    for (const src of data.sources) {
      const m = src.analysis.mentions.find((x) => x.m.kind === 'ordinal' && x.m.value === 1 && sinceYear(src.analysis.tokens, x.m.tokEnd) === year);
      if (!m) continue;
      // "first tournament since 1978": the ordinal up to its year.
      const end = src.analysis.tokens.find((t) => t.text === year && t.start > m.m.start)?.end ?? m.m.end;
      const evidence = passageEvidence(src.doc.id, src.analysis.text, m.sentence, m.m.start, end);
      return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}'. Draft: '${short(dText)} ${noun} since ${year}'.`, [evidence], published);
    }
    return null;
  },
};
