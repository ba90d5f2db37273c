// "N more" adds to the count before it: "The pair executed five people inside the pool hall and
// took to the street to shoot two more" tells of seven. So the five is a part, not the toll, and
// the draft's "executed seven people" is their sum, supported as derived. Tried before
// conflicts, where the part alone would read as another value of the same toll.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval, isBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { perText } from '../perText.ts';
import { MORE_REACH, QUANTITY_CONCEPT_REACH } from '../tuning.ts';

interface AddedOn { readonly part: AnalysedMention; readonly more: AnalysedMention; readonly sum: number; readonly said: string }

/** Each count with an "N more" (or "another N") after it in its sentence, found once per text. */
const pairsOf = perText((t: AnalysedText): readonly AddedOn[] => {
  const found: AddedOn[] = [];
  const toks = t.tokens;
  const ms = t.mentions;
  for (let k = 0; k + 1 < ms.length; k++) {
    const part = ms[k] as AnalysedMention;
    const more = ms[k + 1] as AnalysedMention;
    if (part.family !== 'count' || more.family !== 'count' || part.base === null || more.base === null) continue;
    if (part.sentence.start !== more.sentence.start || more.m.tokStart - part.m.tokEnd > MORE_REACH) continue;
    const after = toks[more.m.tokEnd];
    if (after?.lower !== 'more' && toks[more.m.tokStart - 1]?.lower !== 'another') continue;
    const said = t.text.slice(more.m.start, after?.lower === 'more' ? after.end : more.m.end);
    found.push({ part, more, sum: part.base + more.base, said });
  }
  return found;
});

export const moreAddsOn: VerdictRule = {
  name: 'moreAddsOn',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const primary = a.frame.concepts[0];
    if (a.family !== 'count' || a.m.value === null || isBound(a.m.bound) || !primary || primary.distance > QUANTITY_CONCEPT_REACH) return null;
    const [lo, hi] = draftInterval(a);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const { part, sum, said } of pairsOf(src.analysis)) {
        if (sum < lo || sum > hi) continue;
        if (!part.frame.concepts.some((c) => c.concept === primary.concept && c.distance <= QUANTITY_CONCEPT_REACH)) continue;
        const ev = evidenceOf(data, { sourceIndex: si, a: part });
        return claimOf(draft, a, 'supported', `Derived: ${part.base} and '${short(said)}' = ${sum}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
