// "Huddersfield have won five of their six games" where the source has "a fifth win from six";
// "Scotland scored four tries before the break" where it has "Scotland's fourth try": sports copy
// counts a tally by its latest member, so the ordinal of a win, goal, try or title is the count of
// them so far. Supported as derived, when a source ranks the same kind of thing with the draft's
// number. A draft's count ties to the tally by its noun ("five wins") or, with none, by the verb
// that tallies ("won five"). The other way round too: a draft's "a club-record 25th victory" is
// the source's "25 wins"; and so is a run: "seven straight losses" for "a seventh straight defeat".
import { stem } from '../../frames/lexicon.ts';
import type { Token } from '../../text/tokenize.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { Claim } from '../../types.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { Judgement, VerdictRule } from '../judgement.ts';

/** Things a side or a player keeps a tally of, by the stem of each word for them. */
const TALLIES = new Map<string, string>([
  ...['win', 'wins', 'victory', 'victories'].map((w) => [stem(w), 'win'] as const),
  ...['goal', 'goals'].map((w) => [stem(w), 'goal'] as const),
  ...['try', 'tries'].map((w) => [stem(w), 'try'] as const),
  ...['title', 'titles', 'crown', 'crowns'].map((w) => [stem(w), 'title'] as const),
  ...['century', 'centuries', 'hundred', 'hundreds'].map((w) => [stem(w), 'century'] as const),
  ...['medal', 'medals'].map((w) => [stem(w), 'medal'] as const),
  ...['wicket', 'wickets'].map((w) => [stem(w), 'wicket'] as const),
  ...['defeat', 'defeats', 'loss', 'losses'].map((w) => [stem(w), 'defeat'] as const),
  ...['draw', 'draws'].map((w) => [stem(w), 'draw'] as const),
]);

/** The singular of each: an ordinal ranks one member. */
const SINGULAR = new Set(['win', 'victory', 'goal', 'try', 'title', 'crown', 'century', 'hundred', 'medal', 'wicket', 'defeat', 'loss', 'draw']);

/** Words that may stand between an ordinal and its member: "a seventh straight league defeat". */
const RUN_MODIFIERS = new Set(['straight', 'successive', 'consecutive', 'league', 'home', 'away', 'competitive', 'international', 'career']);

/** The member an ordinal ranks, past any run modifiers: the token of "defeat" in "seventh straight league defeat". */
function rankedMember(tokens: readonly Token[], from: number): Token | undefined {
  let k = from;
  while (RUN_MODIFIERS.has(tokens[k]?.lower ?? '') && k < from + RUN_MODIFIERS.size) k++;
  const noun = tokens[k];
  return noun && noun.type === 'word' && SINGULAR.has(noun.lower) ? noun : undefined;
}

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
    if (a.m.kind === 'ordinal') return memberOfTally(j);
    if (a.family !== 'count' || n === null || !Number.isInteger(n) || n < 2 || n > MAX_TALLY || a.m.bound !== undefined) return null;
    let kind = a.frame.head !== undefined ? TALLIES.get(a.frame.head) : undefined;
    for (let k = a.m.tokStart - 1; kind === undefined && k >= a.m.tokStart - VERB_REACH && k >= 0; k--) kind = TALLY_VERBS.get(draft.tokens[k]?.lower ?? '');
    if (kind === undefined) return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (const sm of src.analysis.mentions) {
        if (sm.m.kind !== 'ordinal' || sm.m.value !== n || sm.m.impliedOnly) continue;
        // One member, in the singular: "the first and second goals" ranks a list, no tally.
        const noun = rankedMember(toks, sm.m.tokEnd) ?? elidedMember(toks, src.analysis.mentions, sm, kind);
        if (!noun || TALLIES.get(stem(noun.lower)) !== kind) continue;
        const ev = passageEvidence(src.doc.id, src.analysis.text, sm.sentence, sm.m.start, Math.max(sm.m.end, noun.start < sm.m.start ? sm.m.end : noun.end));
        const phrase = ev.value;
        return claimOf(draft, a, 'supported', `Derived: a '${short(phrase)}' makes ${n} so far. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};

/** "a club-record 25th victory" where the source has "25 wins": the latest member of a tally is its count. */
function memberOfTally(j: Judgement): Claim | null {
  const { a, data, draft, published, dText } = j;
  const n = a.m.value;
  if (n === null || !Number.isInteger(n) || n < 2 || n > MAX_TALLY || a.m.bound !== undefined) return null;
  const noun = rankedMember(draft.tokens, a.m.tokEnd);
  const kind = noun && TALLIES.get(stem(noun.lower));
  if (kind === undefined) return null;
  for (let si = 0; si < data.sources.length; si++) {
    const src = data.sources[si]!;
    for (const sm of src.analysis.mentions) {
      if (sm.family !== 'count' || sm.m.value !== n || sm.m.bound !== undefined || sm.frame.head === undefined || TALLIES.get(sm.frame.head) !== kind) continue;
      const ev = passageEvidence(src.doc.id, src.analysis.text, sm.sentence, sm.m.start, Math.max(sm.m.end, sm.frame.headEnd ?? 0));
      return claimOf(draft, a, 'supported', `Derived: the source's '${short(ev.value ?? '')}' make this the ${short(dText)}. Draft: '${short(dText)}'.`, [ev], published);
    }
  }
  return null;
}

/** How far back in a series an elided member may look for one named with its noun: "fourth try", "The fifth", "Scotland's sixth". */
const SERIES_REACH = 3;

/**
 * "… Scotland's fourth try … The fifth came early … he ran in his second and Scotland's sixth": a
 * side's ordinal with its member left unsaid, at the end of its clause, continues a series the
 * text named with its noun a member or a few before. That noun is returned as the member.
 */
function elidedMember(tokens: readonly Token[], mentions: readonly AnalysedMention[], sm: AnalysedMention, kind: string): Token | undefined {
  const owner = tokens[sm.m.tokStart - 1];
  const n = sm.m.value;
  if (n === null || !owner || !/['’]s$/.test(owner.text) || !/^[.,;!?]$/.test(tokens[sm.m.tokEnd]?.text ?? '.')) return undefined;
  for (const o of mentions) {
    if (o.m.start >= sm.m.start) break;
    if (o.m.kind !== 'ordinal' || o.m.value === null || o.m.value >= n || o.m.value < n - SERIES_REACH) continue;
    const noun = rankedMember(tokens, o.m.tokEnd);
    if (noun && TALLIES.get(stem(noun.lower)) === kind) return noun;
  }
  return undefined;
}
