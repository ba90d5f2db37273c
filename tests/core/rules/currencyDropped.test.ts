import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('currencyDropped', () => {
  it('an amount without its currency is the source amount written shorter', () => {
    const [c] = checkDraft('The firm was conned out of 110,000.', [{ id: 's', text: 'The firm was conned out of £110,000 by the woman.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('without its currency');
  });
});
