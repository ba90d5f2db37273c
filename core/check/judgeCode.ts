// Names with digits ("SARS-CoV-2", "F-16") are compared as text: the same name supports; the same
// name with another number is unsupported, with the source's spelling as a near miss.
import type { Claim } from '../types.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { claimOf, evidenceOf, short } from './explain.ts';
import { normaliseCode, type IndexData } from './sourceIndex.ts';

export function judgeCode(draft: AnalysedText, a: AnalysedMention, data: IndexData, dText: string, published?: string): Claim {
  const key = normaliseCode(a.m.code ?? '');
  const hit = data.codes.get(key);
  if (hit && hit[0]) {
    const ev = evidenceOf(data, hit[0]);
    return claimOf(draft, a, 'supported', `Source: '${short(ev.value ?? '')}'.`, [ev], published);
  }
  // Same name, different number ("SARS-CoV-3" where the source has "SARS-CoV-2"): a name is not a
  // quantity, so this is not a contradiction, but no source names it so and one names its sibling,
  // which the editor is shown as a near miss.
  const prefix = key.replace(/\d+$/, '');
  if (prefix.length >= 2) {
    for (const [k, list] of data.codes) {
      if (k.replace(/\d+$/, '') === prefix && list[0]) {
        const ev = evidenceOf(data, list[0]);
        const named = short(ev.value ?? '');
        const claim = claimOf(draft, a, 'unsupported', `No source names '${short(dText)}'; the source names '${named}'.`, [], published);
        return { ...claim, nearMiss: { ...ev, note: `The source names '${named}'.` } };
      }
    }
  }
  return claimOf(draft, a, 'unsupported', `No source mentions '${short(dText)}'.`, [], published);
}
