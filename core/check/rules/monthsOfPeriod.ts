// "in the three months to September" where the source has "in the quarter to September", "the six
// months to 31 July" where it has "the half year ended 31 July": official statistics and company
// results are told by their reporting period, and copy writes it either way. A draft's three, six,
// nine or twelve months ending in a named month is supported by a source sentence that names the
// period of that length ending in that month and tells the same passage (shared words); the
// period's name is no figure to cite, so the passage is.
import { claimOf, phraseOf, short } from '../explain.ts';
import { namedOtherwise } from '../namedOtherwise.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** What joins a period to the month it ends in: "to", "ending", "ended", "through", "until". */
const ENDING = 'to|ending|ended|through|until|till';
/**
 * The names a reporting period of so many months goes by. A quarter may carry its place in the
 * (fiscal) year ("the fiscal third quarter ended June 25"); a half year its side ("first half").
 */
const PERIOD_NAMES: ReadonlyMap<number, string> = new Map([
  [3, '(?:(?:fiscal|financial)\\s+)?(?:(?:first|second|third|fourth|final)\\s+)?quarter|three-month period'],
  [6, 'half[- ]year|(?:first|second)[- ]half|six-month period|interim period'],
  [9, 'nine-month period|first nine months'],
  [12, '(?:fiscal|financial|full)[- ]year|year|12-month period|twelve-month period'],
]);

export const monthsOfPeriod: VerdictRule = {
  name: 'monthsOfPeriod',
  judge(j) {
    const { a, data, draft, published } = j;
    const names = PERIOD_NAMES.get(a.m.value ?? Number.NaN);
    if (a.m.kind !== 'duration' || a.m.unit !== 'month' || names === undefined || a.m.bound !== undefined) return null;
    const t = draft.tokens;
    // "to September", "to June 25", "to 31 July".
    const day = /^\d{1,2}$/.test(t[a.m.tokEnd + 1]?.text ?? '') ? 1 : 0;
    const month = t[a.m.tokEnd + 1 + day]?.text ?? '';
    if (!new RegExp(`^(?:${ENDING})$`).test(t[a.m.tokEnd]?.lower ?? '') || !new RegExp(`^(?:${MONTHS})$`).test(month)) return null;
    const period = new RegExp(`\\b(?:${names})\\s+(?:${ENDING})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${month}\\b`, 'i');
    const evidence = namedOtherwise(data, period, (source, sentence) => sharedWordsWith(draft, a, source, sentence) >= SHARED_EVENT_WORDS);
    if (evidence) return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', the same ${a.m.value} months. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
    return null;
  },
};
