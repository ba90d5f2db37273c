import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// Both figures dated by the same month right after them tell the same month's figure, whichever
// year the source names beside it; a year beside the draft's figure still sets them apart.
describe('a figure dated by the same month', () => {
  const source = 'House prices rose 6.5% in 2016. The annual rate has risen from a 2016 low of 5.2 per cent in October and 6 per cent in November.';
  it('is the source\'s, though the source names its year', () => {
    expect(verdictOf('The annual rate has now increased for a third month in a row, recovering from a low of 5.2% in October.', source, '5.2%')).toBe('supported');
  });
  it('another month\'s value is not', () => {
    expect(verdictOf('The annual rate has now increased for a third month in a row, recovering from a low of 6% in October.', source, '6%')).not.toBe('supported');
  });
});
