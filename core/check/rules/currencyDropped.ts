// The draft gives an amount without its currency ("a 1m bill", or a feed that turned "£" into
// "#") and a source gives that very amount with one ("£1m"): the same figure, written shorter.
// Supported, and the explanation quotes the source's currency so the editor can restore it.
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';

export const currencyDropped: VerdictRule = {
  name: 'currencyDropped',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.family.startsWith('money:')) return sourceDroppedCurrency(j);
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.m.parts?.currency) return null;
    let best: { e: SourceEntry; score: number } | null = null;
    for (const [family, list] of data.byValue) {
      if (!family.startsWith('money:')) continue;
      for (const e of list) {
        if (e.a.base !== a.m.value || e.a.m.bound !== undefined) continue;
        const score = frameMatch(a.frame, e.a.frame, false).score;
        if (score >= 0 && (!best || score > best.score)) best = { e, score };
      }
    }
    if (!best) return null;
    return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}'. Draft: '${short(phraseOf(draft.text, a))}' (without its currency).`, [evidenceOf(data, best.e)], published);
  },
};

/**
 * The other way round: "revenue up 9.3% at $1.02 billion" where the source writes "revenue up 9.3%
 * at 1.02bn", leaving out a currency it gives its other amounts in ("$67m"). The same amount, in
 * the currency the source reckons in; only a scaled amount ("bn", "million"), which counts no
 * things, and only where the source uses the draft's currency elsewhere. A hedge must be the
 * same on both ("more than $23 billion" for "over 23 billion").
 */
function sourceDroppedCurrency(j: Parameters<VerdictRule['judge']>[0]): ReturnType<VerdictRule['judge']> {
  const { a, data, draft, published } = j;
  if (a.base === null) return null;
  let best: { e: SourceEntry; score: number } | null = null;
  for (const e of data.byValue.get('count') ?? []) {
    const scaled = e.a.m.parts?.scaleValue !== undefined && e.a.m.parts.scaleValue >= 1e6;
    // The same amount hedged the same way: "more than $23 billion" for "over 23 billion".
    if (e.a.m.value !== a.m.value || e.a.m.bound !== a.m.bound || !scaled) continue;
    if (!data.sources[e.sourceIndex]?.analysis.mentions.some((m) => m.family === a.family)) continue;
    const score = frameMatch(a.frame, e.a.frame, false).score;
    if (score >= 0 && (!best || score > best.score)) best = { e, score };
  }
  if (!best) return null;
  return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}' (in the currency of its other amounts). Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, best.e)], published);
}
