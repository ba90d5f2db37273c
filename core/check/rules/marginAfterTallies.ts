// "The Conservatives had overall control of 44 authorities against Labour's 37, a lead of seven":
// a gap named after the two tallies it is between ("a lead of", "a majority of", "a margin of",
// "a gap of"). It states nothing the tallies do not, so it is supported as derived when it is
// their difference; the tallies are checked against the sources on their own. Before
// attributedFigure, which would read "Labour's … seven" as Labour's own figure.
import { claimOf, round, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Nouns of a gap between two sides: "a lead of seven", "a majority of 193". */
const GAP_NOUNS = /^(?:lead|majority|margin|gap|difference|advantage|deficit|cushion)$/;

export const marginAfterTallies: VerdictRule = {
  name: 'marginAfterTallies',
  judge(j) {
    const { a, draft, published, dText } = j;
    const t = draft.tokens;
    if (a.family !== 'count' || a.m.value === null || a.m.high !== undefined || a.m.bound !== undefined) return null;
    // "a lead of seven": the noun, "of", and the figure right after.
    if (t[a.m.tokStart - 1]?.lower !== 'of' || !GAP_NOUNS.test(t[a.m.tokStart - 2]?.lower ?? '') || !/^(?:a|an|the)$/.test(t[a.m.tokStart - 3]?.lower ?? '')) return null;
    // The two tallies are the last two figures of the family before it in the sentence.
    const before = mentionsBefore(draft, a).filter((p) => p.family === a.family && p.base !== null && p.m.high === undefined && p.m.kind !== 'ordinal' && p.m.kind !== 'age');
    const [x, y] = before.slice(-2);
    if (!x || !y || Math.abs(x.base! - y.base!) !== a.base) return null;
    const said = `'${short(draft.text.slice(x.m.start, x.m.end))}' and '${short(draft.text.slice(y.m.start, y.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the gap between the draft's own ${said} is ${round(a.base!)}. Draft: '${short(dText)}'.`, [], published);
  },
};
