// "Sun received $138 million, Amber Group $34 million and Alameda Research $20 million; those
// three payments came to roughly $200 million": a count after "these" or "those" points back to
// the figures the sentence has just given, and says how many there were. Supported as derived
// when the sentence before it gives exactly that many figures of one kind, other than counts
// (each checked against the sources on its own).
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

const POINTING_BACK = new Set(['these', 'those']);

export const countOfOwnFigures: VerdictRule = {
  name: 'countOfOwnFigures',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || !Number.isInteger(a.m.value) || a.m.value < 2 || a.m.bound !== undefined) return null;
    if (!POINTING_BACK.has(draft.tokens[a.m.tokStart - 1]?.lower ?? '') || a.frame.head === undefined) return null;
    const before = mentionsBefore(draft, a).filter((p) => p.family !== 'count' && p.family !== 'date' && p.family !== 'code');
    const family = before[0]?.family;
    if (family === undefined || before.length !== a.m.value || before.some((p) => p.family !== family)) return null;
    const list = before.map((p) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`).join(', ');
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${list} are ${a.m.value}. Draft: '${short(dText)}'.`, [], published);
  },
};
