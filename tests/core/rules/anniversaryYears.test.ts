import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdictOf = (draft: string, text: string): string | undefined => checkDraft(draft, [{ id: 's', text }])[0]?.verdict;

describe('anniversaryYears', () => {
  it('the first-year observance is the one-year anniversary', () => {
    expect(verdictOf('Crowds gathered for the first-year observance of the flood.', 'On the eve of the one-year anniversary of the flood, crowds gathered.')).toBe('supported');
  });
  it('the 10-year anniversary is the 10th anniversary', () => {
    expect(verdictOf('The town marked the 10-year anniversary of the fire.', 'The town marked the 10th anniversary of the fire on Sunday.')).toBe('supported');
  });
  it('another count of years is not supported', () => {
    expect(verdictOf('Crowds gathered for the second anniversary of the flood.', 'On the eve of the one-year anniversary of the flood, crowds gathered.')).not.toBe('supported');
  });
  it('a span of years with no anniversary says nothing of one', () => {
    expect(verdictOf('Crowds gathered for the first anniversary of the flood.', 'The one-year delay angered residents.')).not.toBe('supported');
  });
});

describe('anniversaryYears: "100 years since"', () => {
  const source = [{ id: 's', text: 'This week is the 100th anniversary of the flood that destroyed the old harbour town.' }];
  const years = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('is the source\'s "100th anniversary" of the same event', () => {
    expect(years('This week marks 100 years since the flood that destroyed the harbour town.')).toBe('supported');
    expect(years('This week marks 90 years since the flood that destroyed the harbour town.')).not.toBe('supported');
  });
  it('not of another event', () => {
    expect(years('The bakery opened its doors 100 years since its founder arrived.')).not.toBe('supported');
  });
});
