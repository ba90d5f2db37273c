// "Netflix Handily Beats Q3 Subscriber Forecast, Gains 7 Million New Customers": a headline set in
// title case capitalises every word, so a capital there names no one, and "Gains" before a figure
// is a verb, not whose figure it is.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Netflix Handily Beats Q3 Subscriber Forecast, Gains 7 Million New Customers\n\nNetflix turned in much stronger results for the third quarter than anticipated. During Q3, Netflix netted 1.09 million new streaming subs in the U.S. and 5.87 million internationally.' }];

describe('a headline in title case names no one', () => {
  it('does not read "Gains" as the owner of the headline\'s 7 million', () => {
    const claim = checkDraft('Netflix signed up 7 million new streaming customers in the third quarter.', source).find((c) => c.text.startsWith('7'));
    expect(claim?.explanation).not.toMatch(/Gains's/);
  });
  it('while a name in a sentence still owns its figure', () => {
    const named = [{ id: 's', text: 'In the US, Netflix gained 1.09 million subscribers, while Hulu gained 7 million.' }];
    expect(checkDraft('Netflix gained 7 million subscribers in the US.', named)[0]?.verdict).not.toBe('supported');
  });
});
