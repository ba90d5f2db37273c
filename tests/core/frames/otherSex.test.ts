// "Male unemployment fell by 39,000" against "Unemployment among women fell by 10,000, and by
// 39,000 among men": a figure told of men is no value of one told of women.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Unemployment among women fell by 10,000 to 1.09 million, and by 39,000 among men to 1.43 million.';

describe('figures told of men and of women', () => {
  it('the men\'s fall is not contradicted by the women\'s', () => {
    expect(verdictOf('Male unemployment fell by 39,000 to 1.43 million, and female unemployment by 10,000.', source, '39,000')).toBe('supported');
  });
  it('a men\'s figure that is the women\'s value is still no support', () => {
    expect(verdictOf('Male unemployment fell by 10,000 to 1.43 million.', source, '10,000')).not.toBe('supported');
  });
});
