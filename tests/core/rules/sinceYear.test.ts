// A year after "since" opens a span that runs to now: the yardstick of a record ("the lowest since
// January 2009"), not the time of the figure beside it, which stays the story's own.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The report was published in October 2012. The unemployment rate fell from 8.1 to 7.8 percent, the lowest since January 2009. The number of jobless Americans fell from 12.5 million to 12.1 million.' }];

describe('a year after "since"', () => {
  it('does not pin the source\'s figure to that year', () => {
    const claims = checkDraft('The jobless rate dropped to 7.8 percent last month.', source);
    expect(claims.find((c) => c.text.startsWith('7.8'))?.verdict).toBe('supported');
  });

  it('nor the draft\'s: "the lowest since January 2010" is still about now', () => {
    const claims = checkDraft('The number of unemployed fell to 12.1 million, the lowest since January 2010.', source);
    expect(claims.find((c) => c.text.startsWith('12.1'))?.verdict).toBe('supported');
  });

  it('a year the figure is told in still anchors it', () => {
    const claims = checkDraft('The jobless rate dropped to 7.8 percent last month.', [{ id: 's', text: 'The report was published in October 2012. In January 2009 the unemployment rate was 7.8 percent.' }]);
    expect(claims.find((c) => c.text.startsWith('7.8'))?.verdict).not.toBe('supported');
  });
});
