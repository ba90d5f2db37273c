// "Bradford controlled the rest of the first half" where the source has "Bradford dominated the
// rest of the opening period": match reports name a half of play in several words ("the opening
// period", "the opening 45 minutes", "after the break"). A draft's first or second half is
// supported by a source sentence that names the same half otherwise and tells the same passage of
// play (shared words); the half's name is no figure of its own to cite, so the passage is.
import { claimOf, phraseOf, short } from '../explain.ts';
import { namedOtherwise } from '../namedOtherwise.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

/** The words that name each half otherwise than "first half" and "second half". */
const HALVES: ReadonlyMap<number, RegExp> = new Map([
  [1, /\b(?:opening (?:half|period|45(?: minutes)?)|first period|first 45(?: minutes)?|before (?:the break|half-time|the interval))\b/i],
  [2, /\b(?:second period|after (?:the break|half-time|the interval|the restart)|closing (?:half|period))\b/i],
]);

export const halfOfPlay: VerdictRule = {
  name: 'halfOfPlay',
  judge(j) {
    const { a, data, draft, published } = j;
    const other = a.m.value === null ? undefined : HALVES.get(a.m.value);
    if (!other || a.m.kind !== 'ordinal' || draft.tokens[a.m.tokEnd]?.lower !== 'half') return null;
    const evidence = namedOtherwise(data, other, (source, sentence) => sharedWordsWith(draft, a, source, sentence) >= SHARED_EVENT_WORDS);
    if (evidence) return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', the same half of play. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
    return null;
  },
};
