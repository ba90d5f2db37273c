// "in the three months to September" where the source has "in the quarter to September": official
// statistics are told by the rolling quarter, and copy writes it either way. A draft's three months
// ending in a named month is supported by a source sentence that names the quarter ending in that
// month and tells the same passage (shared words); the quarter's name is no figure to cite, so
// the passage is.
import { claimOf, phraseOf, short } from '../explain.ts';
import { namedOtherwise } from '../namedOtherwise.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** What joins a period to the month it ends in: "to", "ending", "through", "until". */
const ENDING = /^(?:to|ending|through|until|till)$/;

export const monthsOfQuarter: VerdictRule = {
  name: 'monthsOfQuarter',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'duration' || a.m.unit !== 'month' || a.m.value !== 3 || a.m.bound !== undefined) return null;
    const t = draft.tokens;
    const month = t[a.m.tokEnd + 1]?.text ?? '';
    if (!ENDING.test(t[a.m.tokEnd]?.lower ?? '') || !new RegExp(`^(?:${MONTHS})$`).test(month)) return null;
    const quarter = new RegExp(`\\b(?:quarter|three-month period)\\s+(?:to|ending|through|until|till)\\s+${month}\\b`);
    const evidence = namedOtherwise(data, quarter, (source, sentence) => sharedWordsWith(draft, a, source, sentence) >= SHARED_EVENT_WORDS);
    if (evidence) return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', the same three months. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
    return null;
  },
};
