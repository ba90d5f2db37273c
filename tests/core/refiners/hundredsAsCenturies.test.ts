import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// Snooker and cricket count breaks and innings of a hundred as centuries: past what any story spans
// in centuries, the figure is a count of them, not hundreds of years.
describe('hundredsAsCenturies', () => {
  it('reads "775 centuries" as a count, "20 centuries" still as time', () => {
    expect(findMentions("Stephen Hendry's record of 775 centuries").map((m) => [m.kind, m.value])).toEqual([['count', 775]]);
    expect(findMentions('The wall stood for 20 centuries.').map((m) => m.kind)).toEqual(['duration']);
  });
  it('meets the draft\'s record of 775', () => {
    const source = [{ id: 's', text: "O'Sullivan drew level with Stephen Hendry's record of 775 centuries on Tuesday." }];
    expect(checkDraft("O'Sullivan drew level with Stephen Hendry's record of 775 on Tuesday.", source).find((c) => c.text === '775')?.verdict).toBe('supported');
  });
});
