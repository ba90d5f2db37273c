// "some £500m …, almost 30 times the cost of the Palace side" after "cost just £17m".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Palace\'s starting XI cost just £17m. City have spent some £500m on transfer fees.' }];
const times = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === `almost ${figure}`)?.verdict;

describe('ownMultiple', () => {
  it('supports the amount before it over an amount the draft gave earlier', () => {
    expect(times('Palace\'s side cost just £17m. City have spent some £500m, almost 30 times the cost of the Palace side.', '30')).toBe('supported');
  });
  it('not a multiple the amounts do not make', () => {
    expect(times('Palace\'s side cost just £17m. City have spent some £500m, almost 50 times the cost of the Palace side.', '50')).not.toBe('supported');
  });
});
