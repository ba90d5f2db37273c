// "probably close to 80 kilometres" for "probably close to 50 miles": a writer converts a hedged
// amount and copies its hedge. The hedge is the source's; what to check is the conversion, rounded
// as conversions are, to the draft's last digit. Read as two hedged intervals the two only overlap
// ("close to 80 km" stops at 80, the source's 50 miles is 80.5 km), which would leave the draft's
// faithful figure unsupported. Runs before conflicts for that reason.
import { hedgeWord } from '../hedgeWord.ts';
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import { inDraftUnits } from '../draftUnits.ts';
import type { VerdictRule } from '../judgement.ts';

export const hedgedConversion: VerdictRule = {
  name: 'hedgedConversion',
  judge(j) {
    const { a, data, draft, published } = j;
    if (!a.family.startsWith('dim:') || a.m.bound === undefined || a.m.unit === undefined || a.m.value === null) return null;
    const hedge = hedgeWord(draft.tokens, a.m.start);
    for (const e of data.byValue.get(a.family) ?? []) {
      if (e.a.m.unit === a.m.unit || e.a.m.bound !== a.m.bound || e.a.base === null) continue;
      if (hedgeWord(data.sources[e.sourceIndex]?.analysis.tokens ?? [], e.a.m.start) !== hedge) continue;
      if (Math.abs(inDraftUnits(e.a.base, a) - a.m.value) > a.m.precision / 2) continue;
      const src = data.sources[e.sourceIndex]!.analysis.text;
      return claimOf(draft, a, 'supported', `Source: '${short(src.slice(e.a.m.start, e.a.m.end))}', converted and hedged alike. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, e)], published);
    }
    return null;
  },
};
