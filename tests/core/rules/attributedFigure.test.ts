import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Lee, 41, and Park, 34, were charged with fraud.' }];

describe('attributedFigure', () => {
  it('a swapped pair of ages is a contradiction, each against its own person', () => {
    const claims = checkDraft('Lee, 34, and Park, 41, were charged.', source);
    expect(claims.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(claims[0]?.explanation).toBe("Source gives Lee '41'. Draft: '34'.");
  });
  it('the same person with the same age is supported', () => {
    expect(checkDraft('Park, 34, was charged.', source)[0]?.verdict).toBe('supported');
  });
});
