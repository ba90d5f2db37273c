// "at the finals for the first time since 1978" where the source says "out of their first
// tournament since 1978": a first told with "since" and a year is the same first whatever noun
// the draft counts it in, when the draft's noun is an occasion ("time"): the year says which
// streak it ends. Another year, or a first of another named thing ("first win since 2004" for
// a "first title since 2004"), is not this. Nor the other way round ("first lion birth since
// 1968" for "the first time since 1968 that such a birth has occurred") unless the two sentences
// tell the same event.
import type { Token } from '../../text/tokenize.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

/** Tokens from "first" to its "since": "first [time] since", "first [major title] since" (3). */
const TO_SINCE = 3;
/** Words the two sentences share by the phrase alone ("first", "since"), which say nothing of the event. */
const PHRASE_WORDS = 2;
/** Occasion nouns: a first of these is the first of whatever the story counts. */
const OCCASIONS = new Set(['time', 'occasion']);

export const firstSince: VerdictRule = {
  name: 'firstSince',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'ordinal' || a.m.value !== 1) return null;
    const sinceYear = (tokens: readonly Token[], from: number): string | undefined => {
      for (let k = from; k < from + TO_SINCE + 1 && k < tokens.length - 1; k++) {
        if (tokens[k]!.lower === 'since' && /^(?:1[89]|20)\d\d$/.test(tokens[k + 1]!.text)) return tokens[k + 1]!.text;
      }
      return undefined;
    };
    const noun = draft.tokens[a.m.tokEnd]?.lower ?? '';
    const year = sinceYear(draft.tokens, a.m.tokEnd);
    if (year === undefined) return null;
    // The other way round: "its first African lion birth since 1968" for "marking the first time
    // since 1968 that such a birth has occurred": the source's first is the occasion, and the
    // draft names what happened, where the two sentences tell the same event (shared words).
    const occasion = OCCASIONS.has(noun);
    for (const src of data.sources) {
      const m = src.analysis.mentions.find((x) => x.m.kind === 'ordinal' && x.m.value === 1 && sinceYear(src.analysis.tokens, x.m.tokEnd) === year
        && (occasion || (OCCASIONS.has(src.analysis.tokens[x.m.tokEnd]?.lower ?? '') && sharedWordsWith(draft, a, src.analysis, x.sentence) >= SHARED_EVENT_WORDS + PHRASE_WORDS)));
      if (!m) continue;
      // "first tournament since 1978": the ordinal up to its year.
      const end = src.analysis.tokens.find((t) => t.text === year && t.start > m.m.start)?.end ?? m.m.end;
      const evidence = passageEvidence(src.doc.id, src.analysis.text, m.sentence, m.m.start, end);
      const draftEnd = draft.tokens.find((t) => t.text === year && t.start > a.m.start)?.end ?? a.m.end;
      return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}'. Draft: '${short(draft.text.slice(a.m.start, draftEnd))}'.`, [evidence], published);
    }
    return null;
  },
};
