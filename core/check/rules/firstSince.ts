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
    // The year token after "since", whose end closes the phrase each explanation quotes.
    const sinceYear = (tokens: readonly Token[], from: number): Token | undefined => {
      for (let k = from; k < from + TO_SINCE + 1 && k < tokens.length - 1; k++) {
        if (tokens[k]!.lower === 'since' && /^(?:1[89]|20)\d\d$/.test(tokens[k + 1]!.text)) return tokens[k + 1];
      }
      return undefined;
    };
    const noun = draft.tokens[a.m.tokEnd]?.lower ?? '';
    const draftYear = sinceYear(draft.tokens, a.m.tokEnd);
    if (draftYear === undefined) return null;
    // The other way round: "its first African lion birth since 1968" for "marking the first time
    // since 1968 that such a birth has occurred": the source's first is the occasion, and the
    // draft names what happened, where the two sentences tell the same event (shared words).
    const occasion = OCCASIONS.has(noun);
    for (const src of data.sources) {
      const t = src.analysis.tokens;
      for (const m of src.analysis.mentions) {
        if (m.m.kind !== 'ordinal' || m.m.value !== 1) continue;
        const year = sinceYear(t, m.m.tokEnd);
        if (year?.text !== draftYear.text) continue;
        if (!occasion && !(OCCASIONS.has(t[m.m.tokEnd]?.lower ?? '') && sharedWordsWith(draft, a, src.analysis, m.sentence) >= SHARED_EVENT_WORDS + PHRASE_WORDS)) continue;
        // "first tournament since 1978": the ordinal up to its year, in each text.
        const evidence = passageEvidence(src.doc.id, src.analysis.text, m.sentence, m.m.start, year.end);
        return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}'. Draft: '${short(draft.text.slice(a.m.start, draftYear.end))}'.`, [evidence], published);
      }
    }
    return null;
  },
};
