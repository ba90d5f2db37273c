// A temperature told as a difference ("1C above pre-industrial levels", "a rise of 2C") converts
// without the scales' offset: a rise of 1C is one of 1.8F, where a reading of 1C is 33.8F.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: 'Annual global surface temperatures passed the threshold of 1°C above pre-industrial levels for the first time last year. In Phoenix it was 40°C on Monday.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;

describe('temperature differences', () => {
  it('a difference of 1C is one of 1.8F', () => {
    expect(verdictOf('Global temperatures rose 1C (1.8F) above pre-industrial levels last year.', '1.8F')).toBe('supported');
    expect(verdictOf('Global temperatures were 1.8F warmer than pre-industrial levels last year.', '1.8F')).toBe('supported');
  });
  it('a reading keeps the offset: 40C is 104F, not 72F', () => {
    expect(verdictOf('In Phoenix it was 104F on Monday.', '104F')).toBe('supported');
    expect(verdictOf('In Phoenix it was 72F on Monday.', '72F')).not.toBe('supported');
  });
  it('a conversion of a difference is a difference: "1C above pre-industrial levels, equivalent to 1.8F"', () => {
    expect(verdictOf('Temperatures were 1C above pre-industrial levels, equivalent to 1.8F.', '1.8F')).toBe('supported');
    expect(verdictOf('Temperatures were 1C above pre-industrial levels, equivalent to 33.8F.', '33.8F')).not.toBe('supported');
  });
});
