// "may not have travelled more than five or six nautical miles" is at most five or six: a bound
// under a negation reads the other way.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

const qualifierOf = (text: string) => findMentions(text)[0]?.qualifier;

describe('negatedBound', () => {
  it('"not … more than" is at most, "not … less than" at least', () => {
    expect(qualifierOf('The aircraft may not have travelled more than five nautical miles.')).toBe('at-most');
    expect(qualifierOf("The repairs didn't cost less than £5,000.")).toBe('at-least');
    expect(qualifierOf('The aircraft travelled more than five nautical miles.')).toBe('more-than');
  });
  it('not across a clause', () => {
    expect(qualifierOf('They were not paid, and more than 30 staff left.')).toBe('more-than');
  });
  it('the draft\'s "no more than five" is the source\'s "not … more than five"', () => {
    const source = 'The aircraft remained airborne for about 14 minutes and may not have travelled more than five or six nautical miles, he said.';
    expect(verdictOf('It probably travelled no more than five or six nautical miles, he said.', source, 'no more than five')).toBe('supported');
  });
});
