// The digits are in a source, only for something else ("$4bn" where it has "4%", "27 buildings"
// where 27 is a man's age). Trust is the product: that is not support. The figure is unsupported,
// and the passage is cited as a near miss so the editor sees where the digits came from.
import { claimOf, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { nearMissOf } from '../nearMiss.ts';

export const sameDigitsElsewhere: VerdictRule = {
  name: 'sameDigitsElsewhere',
  judge(j) {
    const { a, data, draft, published } = j;
    const bareHit = data.bare.get(a.m.parts?.numValue ?? a.m.value ?? Number.NaN);
    if (!bareHit) return null;
    // "$1bn" is not the "One" of "One person died": an amount written in digits with a currency
    // or a scale shares no digits with a number written as a word, so there is nothing to point at.
    const scaled = a.family.startsWith('money:') || (a.m.parts?.numValue !== undefined && a.m.parts.numValue !== a.m.value);
    if (scaled && !/\d/.test(data.sources[bareHit.sourceIndex]?.analysis.text.slice(bareHit.a.m.start, bareHit.a.m.end) ?? '')) return null;
    const near = nearMissOf(data, bareHit);
    const claim = claimOf(draft, a, 'unsupported', `No source states '${short(phraseOf(draft.text, a))}'. ${near.note}`, [], published);
    return { ...claim, nearMiss: near };
  },
};
