// "still leads their head-to-head 11-8 over 19 matches", "a 6-4 record from 10 meetings": the
// matches a record was made over are its two sides added up. The count states nothing the record
// does not, so it is supported as derived when the sides sum to it; the record itself is checked
// against the sources on its own.
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { stem } from '../../frames/lexicon.ts';

/** Nouns that count the meetings a record was made over. */
const MEETINGS = new Set(['matches', 'meetings', 'games', 'contests', 'fixtures', 'bouts', 'encounters', 'clashes', 'ties'].map(stem));

export const meetingsOfRecord: VerdictRule = {
  name: 'meetingsOfRecord',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head === undefined || !MEETINGS.has(a.frame.head)) return null;
    // The record right before: "11-8 over 19 matches", "6-4 from 10 meetings", "11-8 in 19 games".
    const t = draft.tokens;
    const record = mentionsBefore(draft, a).find((p) => p.m.kind === 'score' && p.m.value !== null && p.m.high !== undefined && p.m.tokEnd === a.m.tokStart - 1
      && /^(?:over|from|in|across)$/.test(t[p.m.tokEnd]?.lower ?? ''));
    if (!record || record.m.value! + record.m.high! !== a.m.value) return null;
    return claimOf(draft, a, 'supported', `Derived: the draft's own record '${short(draft.text.slice(record.m.start, record.m.end))}' is ${a.m.value} meetings in all. Draft: '${short(dText)}'.`, [], published);
  },
};
