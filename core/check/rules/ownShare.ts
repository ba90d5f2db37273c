// A share the draft works out from a part and a whole it gives just before:
//   "56 human cases …, 37 of them fatal, a death rate of about two-thirds"
//   "31 trucks had been built …, of which just six, or about a fifth, had reached customers"
// Newsroom copy turns a pair of counts into the proportion a reader takes in. The share states
// nothing the two counts do not, so it is supported as derived when the part over the whole lies
// within the share's rounding and qualifier; each count is checked against the sources on its own.
// The whole and the part are the last two counts before the share in its sentence, the part
// after the whole and smaller: a share is never matched against a pair picked to fit.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** A count the share may be worked from: exact, not a bound. */
const countable = (p: AnalysedMention): boolean => p.family === 'count' && p.m.value !== null && p.m.value > 0
  && (p.m.bound === undefined || p.m.bound === 'exactly') && p.m.kind !== 'ordinal' && p.m.kind !== 'age';

export const ownShare: VerdictRule = {
  name: 'ownShare',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.family !== 'percent' || a.m.value === null || a.role !== undefined) return null;
    // A range ("between 2003 and 2014") is neither part nor whole.
    const counts = mentionsBefore(draft, a).filter((p) => p.family === 'count' && p.m.high === undefined);
    const [whole, part] = counts.slice(-2);
    if (!whole || !part || !countable(whole) || !countable(part) || part.m.value! >= whole.m.value!) return null;
    // In percent, the family's base: "about two-thirds" is written as a fraction of one.
    const [lo, hi] = draftInterval(a).map((v) => v * a.factor + a.offset) as [number, number];
    const share = (part.m.value! / whole.m.value!) * 100;
    if (share < lo || share > hi) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(part)} of ${said(whole)} is ${round(share)}%. Draft: '${short(dText)}'.`, [], published);
  },
};
