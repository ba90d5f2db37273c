// "a TV rights deal worth more than £5 billion" where the source has "£5.14billion": a precise
// amount told to fewer figures behind a hedge ("more than", "nearly", "about", "under") is the
// newsroom's way to round it. Where nothing frames the quantity with another value, an amount in
// the same unit and currency that the hedge admits, near the draft's figure and more precise than
// it, is the statement the draft rounded, even when the words around it differ.
import type { VerdictRule } from '../judgement.ts';
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';

/** Families whose figures carry their unit or currency in the writing (shares excluded: they recur). */
const WITH_UNIT = /^(money:.+|dim:.+)$/;

export const roundedToHedge: VerdictRule = {
  name: 'roundedToHedge',
  judge(j) {
    const { a, scored, conflicts } = j;
    if (!WITH_UNIT.test(a.family) || a.m.value === null || a.m.bound === undefined || conflicts.length > 0) return null;
    const rounded = scored.find((s) => s.rel === 'entails' && s.close && s.e.a.m.bound === undefined
      && s.e.a.m.unit === a.m.unit && s.e.a.m.precision < a.m.precision);
    if (!rounded) return null;
    // Said as what it is, a rounding, whatever the score of the words around it (the general
    // wording of a weak match, "may count something else", would contradict the green).
    const { draft, data, published } = j;
    return claimOf(draft, a, 'supported', `Rounded: the source gives '${short(sourcePhrase(data, rounded.e))}'; the draft's '${short(phraseOf(draft.text, a))}' rounds it.`, [evidenceOf(data, rounded.e)], published);
  },
};
