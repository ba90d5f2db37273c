// "The eight council members split 4-4", "the nine justices ruled 5-4": a vote's tally counts
// every voter, so the number of voters the draft gives in the same sentence is the tally's two
// sides added up. It states nothing the tally does not, so it is supported as derived; the
// tally is checked against the sources on its own, and a wrong one is flagged there. So is the
// number of voters a source's tally adds up to ("329-300" and "629 MPs voting").
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { sentenceSays } from '../namedNearFigure.ts';

/** Words right before a pair that make it a vote's tally ("split 4-4", "voted 5 to 3", "ruled 6-3"). */
const TALLY_VERBS = new Set(['split', 'voted', 'vote', 'votes', 'ruled', 'divided']);

/** Words that make a sentence about a vote. */
const VOTING = new Set(['vote', 'votes', 'voted', 'voting', 'ballot', 'division']);

/** Nouns of people who cast votes, singular. */
const VOTERS = new Set(['mp', 'member', 'voter', 'councillor', 'councilor', 'justice', 'judge', 'senator', 'lawmaker', 'legislator', 'regent', 'trustee',
  'commissioner', 'delegate', 'juror', 'peer', 'director', 'shareholder', 'representative', 'congressman', 'deputy', 'minister', 'governor']);

export const votersOfTally: VerdictRule = {
  name: 'votersOfTally',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined || a.m.bound !== undefined || a.m.kind === 'score') return null;
    const tally = sentenceMentions(draft, a.sentence.start).find((p) => p.m.kind === 'score' && p.m.value !== null && p.m.high !== undefined
      && p.m.start > a.m.end && TALLY_VERBS.has(draft.tokens[p.m.tokStart - 1]?.lower ?? ''));
    if (tally && (tally.m.value ?? 0) + (tally.m.high ?? 0) === a.m.value) {
      return claimOf(draft, a, 'supported', `Derived: the draft's own tally '${short(draft.text.slice(tally.m.start, tally.m.end))}' counts ${a.m.value} voters. Draft: '${short(dText)}'.`, [], published);
    }
    // "with 629 MPs voting in all" where a source gives the vote as "329-300": the voters its
    // tally adds up to, when the draft's sentence is about the vote.
    // Only a count of people who vote ("629 MPs", "the five members"): "eight other campuses" in
    // a sentence about votes counts campuses.
    const noun = (draft.tokens.slice(a.m.tokEnd, a.m.tokEnd + 2).find((t) => t.type === 'word' && t.lower !== 'other')?.lower ?? '').replace(/ies$/, 'y');
    if (!VOTERS.has(noun.replace(/s$/, '')) || !sentenceSays(draft, a, (w) => VOTING.has(w))) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]!.analysis;
      const vote = src.mentions.find((p) => p.m.kind === 'score' && p.m.value !== null && p.m.high !== undefined && p.m.value + p.m.high === a.m.value
        && sentenceSays(src, p, (w) => VOTING.has(w)));
      if (vote) return claimOf(draft, a, 'supported', `Derived: the source's tally '${short(src.text.slice(vote.m.start, vote.m.end))}' counts ${a.m.value} voters. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: vote })], published);
    }
    return null;
  },
};
