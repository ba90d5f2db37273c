// "48 casualties" when a source gives 3 killed and 45 injured: a total composed of its parts.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { QUANTITY_CONCEPT_REACH } from '../tuning.ts';

export const derivedSum: VerdictRule = {
  name: 'derivedSum',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const primary = a.frame.concepts[0];
    if (a.m.kind === 'ordinal' || !primary || primary.concept !== 'casualties' || primary.distance > QUANTITY_CONCEPT_REACH || a.family !== 'count') return null;
    const [lo, hi] = draftInterval(a);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const pick = (concept: string): AnalysedMention | undefined => src.analysis.mentions.find((m) => m.family === 'count' && m.frame.concepts[0]?.concept === concept && m.frame.concepts[0].distance <= QUANTITY_CONCEPT_REACH && !m.m.bound);
      const killed = pick('killed');
      const injured = pick('injured');
      if (!killed || !injured || killed.base === null || injured.base === null) continue;
      const sum = killed.base + injured.base;
      if (sum >= lo && sum <= hi) {
        const evs = [evidenceOf(data, { sourceIndex: si, a: killed }), evidenceOf(data, { sourceIndex: si, a: injured })];
        return claimOf(draft, a, 'supported', `Derived: ${killed.base} killed + ${injured.base} injured = ${sum}. Draft: '${short(dText)}'.`, evs, published);
      }
    }
    return null;
  },
};
