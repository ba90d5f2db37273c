// "Work starts in 2016 and lasts three years, with completion due in 2019", "the 2015 election,
// five years after the 2010 poll": a year the draft works out from a year and a length of years it
// gives earlier in the sentence, counted on ("lasts three years") or back ("five years after"). It states nothing
// those two do not, so it is supported as derived when the sum is exact; the year and the length
// are each checked against the sources on their own, and a wrong one is flagged there.
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

export const ownYearSpan: VerdictRule = {
  name: 'ownYearSpan',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.m.kind !== 'year' || a.m.value === null || a.m.bound !== undefined) return null;
    const before = mentionsBefore(draft, a).filter((p) => p.m.bound === undefined && p.m.high === undefined);
    // One year and one length of years, so the sum is not picked from several to fit.
    const years = before.filter((p) => p.m.kind === 'year' && p.m.value !== null);
    const lengths = before.filter((p) => p.m.kind === 'duration' && p.m.unit === 'year' && p.m.value !== null && Number.isInteger(p.m.value));
    if (years.length !== 1 || lengths.length !== 1) return null;
    const [from, length] = [years[0]!, lengths[0]!];
    // The length follows the year it runs from: "start in 2016 and last three years"; "five years
    // after" the year to come counts back from the one before.
    if (length.m.start < from.m.end) return null;
    const back = draft.tokens[length.m.tokEnd]?.lower === 'after' && length.m.tokEnd + 1 <= a.m.tokStart;
    if (from.m.value! + (back ? -1 : 1) * length.m.value! !== a.m.value) return null;
    const said = (p: typeof a) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(from)} and ${said(length)} make ${a.m.value}. Draft: '${short(dText)}'.`, [], published);
  },
};
