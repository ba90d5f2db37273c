// Copy swaps one lower bound for another at the same figure ("55,000+", "more than 55,000" for
// "at least 55,000"): one claim to an editor. A lower bound at another figure, or a bound turned
// round, is not.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const SOURCE = 'In the north at least 42,000 homes lost power overnight, and more than 300 roads were closed.';

describe('the same lower bound in other words', () => {
  it('supports "N+" and "more than N" for "at least N", and "at least N" for "more than N"', () => {
    expect(verdictOf('Homes without power: 42,000+', SOURCE, '42,000+')).toBe('supported');
    expect(verdictOf('More than 42,000 homes lost power.', SOURCE, 'More than 42,000')).toBe('supported');
    expect(verdictOf('At least 300 roads were closed.', SOURCE, 'At least 300')).toBe('supported');
  });
  it('not at another figure, nor an upper bound', () => {
    expect(verdictOf('More than 45,000 homes lost power.', SOURCE, 'More than 45,000')).not.toBe('supported');
    expect(verdictOf('Up to 42,000 homes lost power.', SOURCE, 'Up to 42,000')).not.toBe('supported');
  });
});
