// A figure the text attributes to a person ("Lee, 34, and Park, 41") is checked against that
// person's figure in the sources, not against whichever figure has the same value: a swapped pair
// ("Lee, 41, and Park, 34" in the source) is a contradiction, and Park's 34 never supports Lee's.
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { PERSON_NOUNS } from '../../mentions/refiners/attributedAges.ts';
import { nearMissOf } from '../nearMiss.ts';
import type { SourceEntry } from '../sourceIndex.ts';

export const attributedFigure: VerdictRule = {
  name: 'attributedFigure',
  judge(j) {
    const { a, data, draft, published } = j;
    const owner = a.m.owner;
    if (owner === undefined || a.m.value === null) return null;
    const same: SourceEntry[] = [];
    let otherOwnerSameValue: SourceEntry | undefined;
    for (const e of data.byValue.get(a.family) ?? []) {
      if (e.a.m.owner === owner) same.push(e);
      else if (e.a.m.owner !== undefined && e.a.base === a.base) otherOwnerSameValue ??= e;
    }
    // "a 41-year-old man" may be the source's "Mr Smith, 41": a person told by a common noun is
    // checked against that noun's ages only when the sources give that noun an age.
    if (same.length === 0 && PERSON_NOUNS.has(owner)) return null;
    const who = PERSON_NOUNS.has(owner) ? `the ${owner}` : owner.charAt(0).toUpperCase() + owner.slice(1);
    const match = same.find((e) => e.a.base === a.base);
    if (match) return claimOf(draft, a, 'supported', `Source: '${short(phraseOf(data.sources[match.sourceIndex]?.analysis.text ?? '', match.a))}' for ${who}. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, match)], published);
    const first = same[0];
    if (first) {
      const ev = evidenceOf(data, first);
      return claimOf(draft, a, 'contradicted', `Source gives ${who} '${short(ev.value ?? '')}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
    }
    if (otherOwnerSameValue) {
      const near = nearMissOf(data, otherOwnerSameValue);
      return { ...claimOf(draft, a, 'unsupported', `No source gives ${who}'s figure. ${near.note}`, [], published), nearMiss: near };
    }
    return null;
  },
};
