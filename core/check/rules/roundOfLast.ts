// "The FA Cup run ended in the last eight" where the source has "their run to the FA Cup
// quarter-finals": a knockout round is named by the sides left in it as often as by its name. The
// last eight is the quarter-finals, the last four the semi-finals, the last two the final.
// Supported when a source names that round in a sentence that tells the same story (shared words);
// the round's name is no figure of its own to cite, so the passage is.
import { claimOf, phraseOf, short } from '../explain.ts';
import { namedOtherwise } from '../namedOtherwise.ts';
import type { VerdictRule } from '../judgement.ts';
import { sharedWordsWith } from '../sharedWords.ts';

/** Sides left in a round, by the words that name it: "quarter-finals", "semi-final", "quarterfinal". */
const ROUNDS: ReadonlyMap<number, RegExp> = new Map([
  [8, /\bquarter[-\s]?finals?\b/i],
  [4, /\bsemi[-\s]?finals?\b/i],
]);

/** The source naming the round as the draft does: "his last-eight match". */
const LAST_ROUND = /\blast[-\s](?:eight|four)\b/i;

export const roundOfLast: VerdictRule = {
  name: 'roundOfLast',
  judge(j) {
    const { a, data, draft, published } = j;
    const round = a.m.value === null ? undefined : ROUNDS.get(a.m.value);
    if (!round || a.family !== 'count' || a.m.bound !== undefined || draft.tokens[a.m.tokStart - 1]?.lower !== 'last') return null;
    // "in the last eight": the figure names the round, with no noun of its own after it.
    const next = draft.tokens[a.m.tokEnd];
    if (next && next.type === 'word' && !/^(?:of|and|but|after|before|for|in|at|on|with|by|to|against|when|where|stage|tie|clash|match)$/.test(next.lower)) return null;
    // The story's own round ("going into the quarter-finals") may be told in other words than
    // the draft's sentence; one shared word, or the source's own "last-eight", is enough.
    const evidence = namedOtherwise(data, round, (source, sentence) => sharedWordsWith(draft, a, source, sentence) >= 1 || LAST_ROUND.test(source.text));
    if (evidence) return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', the round of the last ${a.m.value}. Draft: 'last ${short(phraseOf(draft.text, a))}'.`, [evidence], published);
    return null;
  },
};
