// "The eight council members split 4-4", "the nine justices ruled 5-4": a vote's tally counts
// every voter, so the number of voters the draft gives in the same sentence is the tally's two
// sides added up. It states nothing the tally does not, so it is supported as derived; the
// tally is checked against the sources on its own, and a wrong one is flagged there.
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';

/** Words right before a pair that make it a vote's tally ("split 4-4", "voted 5 to 3", "ruled 6-3"). */
const TALLY_VERBS = new Set(['split', 'voted', 'vote', 'votes', 'ruled', 'divided']);

export const votersOfTally: VerdictRule = {
  name: 'votersOfTally',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined || a.m.bound !== undefined || a.m.kind === 'score') return null;
    const tally = sentenceMentions(draft, a.sentence.start).find((p) => p.m.kind === 'score' && p.m.value !== null && p.m.high !== undefined
      && p.m.start > a.m.end && TALLY_VERBS.has(draft.tokens[p.m.tokStart - 1]?.lower ?? ''));
    if (!tally || (tally.m.value ?? 0) + (tally.m.high ?? 0) !== a.m.value) return null;
    return claimOf(draft, a, 'supported', `Derived: the draft's own tally '${short(draft.text.slice(tally.m.start, tally.m.end))}' counts ${a.m.value} voters. Draft: '${short(dText)}'.`, [], published);
  },
};
