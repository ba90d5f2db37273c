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
