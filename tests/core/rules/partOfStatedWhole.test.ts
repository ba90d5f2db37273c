// "39 of the 118 passengers had been rescued" composed from "39 people were rescued, leaving 76
// of the ferry's 118 passengers …": the part the source states, over the whole it gives beside it.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'The ministry confirmed on Sunday that 39 people were rescued, leaving 76 of the ferry’s 118 passengers still unaccounted for.';

describe('partOfStatedWhole', () => {
  it('the source\'s rescued count over the whole its sentence gives', () => {
    expect(verdictOf('The ministry said 39 of the 118 passengers, roughly a third, had been rescued.', source, '39')).toBe('supported');
    expect(verdictOf('The ministry said 39 of the 118 passengers, roughly a third, had been rescued.', source, '118')).toBe('supported');
  });
  it('not with the part moved onto another outcome, nor with another count', () => {
    expect(verdictOf('The ministry said 39 of the 118 passengers were still unaccounted for.', source, '39')).not.toBe('supported');
    expect(verdictOf('The ministry said 41 of the 118 passengers, roughly a third, had been rescued.', source, '41')).not.toBe('supported');
  });
});
