// "Huddersfield have won five of their six games" where the source has "a fifth win from six";
// "Scotland scored four tries before the break" where it has "Scotland's fourth try": sports copy
// counts a tally by its latest member, so the ordinal of a win, goal, try or title is the count of
// them so far. Supported as derived, when a source ranks the same kind of thing with the draft's
// number. A draft's count ties to the tally by its noun ("five wins") or, with none, by the verb
// that tallies ("won five").
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Things a side or a player keeps a tally of, by the stem of each word for them. */
const TALLIES = new Map<string, string>([
  ...['win', 'wins', 'victory', 'victories'].map((w) => [stem(w), 'win'] as const),
  ...['goal', 'goals'].map((w) => [stem(w), 'goal'] as const),
  ...['try', 'tries'].map((w) => [stem(w), 'try'] as const),
  ...['title', 'titles', 'crown', 'crowns'].map((w) => [stem(w), 'title'] as const),
  ...['century', 'centuries', 'hundred', 'hundreds'].map((w) => [stem(w), 'century'] as const),
  ...['medal', 'medals'].map((w) => [stem(w), 'medal'] as const),
  ...['wicket', 'wickets'].map((w) => [stem(w), 'wicket'] as const),
]);

/** The singular of each: an ordinal ranks one member. */
const SINGULAR = new Set(['win', 'victory', 'goal', 'try', 'title', 'crown', 'century', 'hundred', 'medal', 'wicket']);

/** Verbs whose object a bare count tallies: "won five", "has scored 20". */
const TALLY_VERBS = new Map<string, string>([['won', 'win'], ['win', 'win'], ['wins', 'win'], ['winning', 'win']]);

/** Tokens back from the count to the verb that tallies it: "have now won five" (1), "won only five" (2). */
const VERB_REACH = 2;

/** Longest tally a running count can be: ordinals past this rank a place, not a count so far. */
const MAX_TALLY = 200;

export const runningTally: VerdictRule = {
  name: 'runningTally',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const n = a.m.value;
    if (a.family !== 'count' || n === null || !Number.isInteger(n) || n < 2 || n > MAX_TALLY || a.m.bound !== undefined) return null;
    let kind = a.frame.head !== undefined ? TALLIES.get(a.frame.head) : undefined;
    for (let k = a.m.tokStart - 1; kind === undefined && k >= a.m.tokStart - VERB_REACH && k >= 0; k--) kind = TALLY_VERBS.get(draft.tokens[k]?.lower ?? '');
    if (kind === undefined) return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (const sm of src.analysis.mentions) {
        if (sm.m.kind !== 'ordinal' || sm.m.value !== n || sm.m.impliedOnly) continue;
        // One member, in the singular: "the first and second goals" ranks a list, no tally.
        const noun = toks[sm.m.tokEnd];
        if (!noun || noun.type !== 'word' || !SINGULAR.has(noun.lower) || TALLIES.get(stem(noun.lower)) !== kind) continue;
        const ev = passageEvidence(src.doc.id, src.analysis.text, sm.sentence, sm.m.start, noun.end);
        const phrase = ev.value;
        return claimOf(draft, a, 'supported', `Derived: a '${short(phrase)}' makes ${n} so far. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
