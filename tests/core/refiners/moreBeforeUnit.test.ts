// "Four more days": a unit after "more" makes the figure a duration, not a bare count.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('a unit after "more"', () => {
  it('reads "four more days" and "about 10 more hours" as durations', () => {
    expect(findMentions('The strike will last four more days.').map((m) => [m.text, m.kind, m.unit])).toEqual([['four more days', 'duration', 'day']]);
    expect(findMentions('They were trapped for about 10 more hours.').map((m) => [m.kind, m.value, m.unit])).toEqual([['duration', 10, 'hour']]);
  });
  it('leaves "three more people" a count', () => {
    expect(findMentions('Three more people died overnight.').map((m) => m.kind)).toEqual(['count']);
  });
  it('is no longer supported by a bare count of something else', () => {
    expect(checkDraft('The curfew will last four more days.', [{ id: 's', text: 'Police arrested 4 men. The curfew will last until Friday.' }])[0]?.verdict).not.toBe('supported');
  });
});
