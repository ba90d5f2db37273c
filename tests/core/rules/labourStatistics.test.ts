import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

// Labour-market copy: "1.64m unemployed people" counts people in millions (an adjective before
// the plural, not metres), and "the lowest since March to May 2008" dates a record's yardstick,
// not the figure.
describe('millions before an adjective and its plural', () => {
  it('"1.64m unemployed people" is a count, "the 100m freestyle heats" a distance', () => {
    expect(findMentions('there were 1.64m unemployed people').map((m) => [m.kind, m.value])).toEqual([['count', 1_640_000]]);
    expect(findMentions('He swam in the 100m freestyle heats.').map((m) => m.kind)).toEqual(['quantity']);
  });
});

describe('a period after "since"', () => {
  const source = 'Labour market statistics for April to June 2016 confirm that there were 1.64m unemployed people, 52,000 fewer than for January to March 2016.';
  it('does not date the figure to its year', () => {
    expect(verdictOf('There were 1.64 million people out of work, the lowest total since March to May 2008.', source, '1.64 million')).toBe('supported');
  });
  it('a period the figure is told of still dates it: the figure, stated to three digits, is the source\'s, and the period is flagged', () => {
    const draft = 'There were 1.64 million people out of work in March to May 2008.';
    expect(verdictOf(draft, source, '1.64 million')).toBe('supported');
    expect(verdictOf(draft, source, 'May')).toBe('contradicted');
  });
});
