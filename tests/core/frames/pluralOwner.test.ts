import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frameOf: a plural owner before the counted noun', () => {
  it('"voters\' concerns" counts concerns, not voters', () => {
    expect(headOf('Housing is in the top five of voters\' concerns.', 'five')).toBe('concern');
  });
  it('so the same rank of the same concerns is stated', () => {
    const [c] = checkDraft('Housing makes the top five of voters\' concerns.', [{ id: 's', text: 'Polls show housing now scrapes into the top five of public concerns.' }]);
    expect(c?.verdict).toBe('supported');
  });
});
