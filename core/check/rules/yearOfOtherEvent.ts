// A year dates the event told beside it: "He was knighted in 1983" dates the knighthood. Where the
// source has "awarded an MBE in 1983 … and, in 2003, was knighted", its 1983 dates the MBE and its
// 2003 the knighthood, so the draft's 1983 is another event's year, not a year the source gives
// the knighthood. That is the slip a reporter makes copying the right digits from the wrong clause.
// The event is the past verb the year hangs on (eventVerb): a source year of another value with that verb right by it (its near words, as frameOf
// reads them), where no source year of the draft's value has the verb right by it, contradicts
// the draft's year. Further off the verb belongs to another clause's year ("in 1998 for services
// to music, and in 2011 she was elected"). Tried before any support, since the source's 1983
// shares other words with the draft ("for his work") and would otherwise make it green.
import { eventVerb, otherEventDate } from '../eventVerb.ts';
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { entriesInRange, type SourceEntry } from '../sourceIndex.ts';

export const yearOfOtherEvent: VerdictRule = {
  name: 'yearOfOtherEvent',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const year = a.m.value;
    if (a.m.kind !== 'year' || year === null || a.m.high !== undefined) return null;
    const verb = eventVerb(draft.tokens, a.m.tokStart);
    if (!verb) return null;
    // Only a year some source gives: an unknown year is noSource's to report.
    const own = entriesInRange(data, 'year', year, year);
    const others = (data.byKey.get('year')?.get(`n:${verb.stem}`) ?? [])
      .filter((e) => e.a.base !== null && e.a.base !== year && (e.a.m.kind === 'year' || e.a.m.kind === 'date'));
    const rival = otherEventDate(verb.stem, own, others);
    if (!rival) return null;
    return claimOf(draft, a, 'contradicted',
      `Source: '${verb.text}' in ${rival.a.base} ('${short(sourcePhrase(data, rival))}'); its ${year} dates something else. Draft: '${short(dText)}'.`,
      [evidenceOf(data, rival), evidenceOf(data, own[0] as SourceEntry)], published);
  },
};
