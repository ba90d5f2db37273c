// "from lap 13 he had to nurse his transmission … for 27 laps before Webber went past" after
// "took the lead … on lap 40"; "switched on lap 31, fully 23 laps earlier than the Spaniard, who
// waited until lap 54": a count of a series' members (laps, rounds, days) that the draft works out
// between two it numbers itself. It states nothing the two numbers do not, so it is supported as
// derived when it is their difference; each number is checked against the sources on its own.
// Only with words that make it a span ("for N laps", "N laps earlier / later / before / after")
// and two numbered members of that very series in the sentence or the few before it: small
// counts abound, and the series noun and the cue keep a chance difference out.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceIndexOf } from '../sentenceMentions.ts';

/** Words after the count that make it a span between two members: "23 laps earlier". */
const SPAN_AFTER = /^(?:earlier|later|before|after|sooner)$/;
/** Sentences back a numbered member may stand ("took the lead on lap 40" two sentences up). */
const MEMBERS_BACK = 3;

export const spanOfSeries: VerdictRule = {
  name: 'spanOfSeries',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.kind !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head === undefined) return null;
    const t = draft.tokens;
    const noun = t[a.m.tokEnd];
    const span = t[a.m.tokStart - 1]?.lower === 'for' || SPAN_AFTER.test(t[a.m.tokEnd + 1]?.lower ?? '');
    if (!span || !noun || noun.type !== 'word') return null;
    const at = sentenceIndexOf(draft, a);
    const members = draft.mentions.filter((o) => o.m.kind === 'ordinal' && o.m.value !== null && o.frame.head === a.frame.head
      && sentenceIndexOf(draft, o) <= at + 1 && at - sentenceIndexOf(draft, o) <= MEMBERS_BACK);
    for (const x of members) {
      for (const y of members) {
        if (x === y || y.m.value! - x.m.value! !== a.m.value) continue;
        const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
        return claimOf(draft, a, 'supported', `Derived: from the draft's own ${noun.lower.replace(/s$/, '')} ${said(x)} to ${said(y)} is ${a.m.value}. Draft: '${short(dText)}'.`, [], published);
      }
    }
    return null;
  },
};
