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
