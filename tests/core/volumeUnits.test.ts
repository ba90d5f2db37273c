import { describe, expect, it } from 'vitest';
import { checkDraft, convertUnit, findMentions } from '../../core/index.ts';

describe('millilitres', () => {
  it('"150ml" is a volume, not a code like "F-16"', () => {
    const m = findMentions('The spray costs £19.99 for 150ml.').find((x) => x.text === '150ml');
    expect(m?.kind).toBe('quantity');
    expect(m?.unit).toBe('ml');
    expect(convertUnit(500, 'ml', 'litre')).toBeCloseTo(0.5);
  });
  it('a pack size is checked like any other quantity', () => {
    const source = [{ id: 's', text: 'The lotion costs £14.95 for 100ml, from pharmacies. The spray costs £40 for 80ml.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure))?.verdict;
    expect(verdict('The lotion costs £14.95 for 100ml.', '100ml')).toBe('supported');
    expect(verdict('The lotion costs £14.95 for 0.1 litres.', '0.1')).toBe('supported');
    expect(verdict('The spray costs £40 for 90ml.', '90ml')).not.toBe('supported');
  });
});
