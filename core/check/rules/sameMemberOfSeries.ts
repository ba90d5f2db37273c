// An ordinal with its noun names one member of a series ("the second set", "the third Test"). A
// source that names that same member states it, however many other members it frames better:
// "Kyrgios swept through the second set" states the draft's "taking the second set" even though
// "clinched the fifth set" shares more words with it. The fifth set is another match of the
// series (anotherInSeries), not another value of the second, so it cannot outrank it.
// The member's noun is read from the words after the ordinal, as either text writes them: "the
// third Test starts" and "the third Test at Edgbaston", "the first Star Wars film" and "the first
// film in the series" name the same member when the last noun of one stands among the other's.
// A rank after its verb ranks what the verb names: "Tsonga, seeded 12th" is the "12th seed"; a
// rank joined to the next one shares its noun: "slipped from fourth to fifth biggest spender".
import { isStopword, stem } from '../../frames/lexicon.ts';
import type { Token } from '../../text/tokenize.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

/** Words after an ordinal read as its noun: "first [Star Wars film]" (3). */
const NOUN_RUN = 3;

/** The stems of the words right after an ordinal, up to a small word or a stop. */
function nounRun(tokens: readonly Token[], from: number): string[] {
  const run: string[] = [];
  for (let i = from; i < tokens.length && run.length < NOUN_RUN; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.type === 'sym' && (t.text === '-' || t.text === '‑') && !t.spaced) continue;
    if (t.type !== 'word' || isStopword(t.lower)) break;
    run.push(stem(t.lower));
  }
  return run;
}

/** Words that join two ranks sharing one noun: "from fourth to fifth biggest spender". */
const RANK_JOINS = new Set(['to', 'and', 'or']);

/** The noun of the next rank when this one's is elided: "fourth [to fifth biggest spender]". */
function sharedNoun(tokens: readonly Token[], end: number, mentions: readonly { kind: string; tokStart: number; tokEnd: number }[]): string[] {
  if (!RANK_JOINS.has(tokens[end]?.lower ?? '')) return [];
  const next = mentions.find((m) => m.tokStart === end + 1 && m.kind === 'ordinal');
  return next ? nounRun(tokens, next.tokEnd) : [];
}

export const sameMemberOfSeries: VerdictRule = {
  name: 'sameMemberOfSeries',
  judge(j) {
    const { a, data, draft } = j;
    if (a.m.kind !== 'ordinal') return null;
    const verb = draft.tokens[a.m.tokStart - 1];
    const after = nounRun(draft.tokens, a.m.tokEnd);
    // A rank whose noun the frame gave by rule, not by a word after it ("Goals: Nainggolan (13)"
    // ranks minutes) names its member by that noun.
    const ruled = a.frame.head !== undefined && a.frame.headEnd === undefined ? [a.frame.head] : [];
    const mine = after.length > 0 ? after
      : ruled.length > 0 ? ruled
      : verb?.type === 'word' && /^\p{Ll}+ed$/u.test(verb.text) ? [stem(verb.lower)]
        : sharedNoun(j.draft.tokens, a.m.tokEnd, j.draft.mentions.map((x) => x.m));
    const myNoun = mine[mine.length - 1];
    if (myNoun === undefined) return null;
    const same = j.scored.find((s) => {
      if (s.e.a.m.kind !== 'ordinal' || s.rel !== 'entails') return false;
      const theirs = nounRun(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.tokEnd);
      const theirNoun = theirs[theirs.length - 1];
      return theirNoun !== undefined && (theirs.includes(myNoun) || mine.includes(theirNoun));
    });
    return same ? supportedClaim(j, same, []) : null;
  },
};
