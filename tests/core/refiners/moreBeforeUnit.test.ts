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

describe('a run of periods', () => {
  it('reads "43 consecutive months" and "three straight years" as durations, "three straight wins" as a count', () => {
    expect(findMentions('The rate stayed above 8 percent for a record 43 consecutive months.').map((m) => [m.kind, m.value, m.unit])).toEqual([['percent', 8, '%'], ['duration', 43, 'month']]);
    expect(findMentions('They won the title three straight years.').map((m) => [m.kind, m.unit])).toEqual([['duration', 'year']]);
    expect(findMentions('They have three straight wins.').map((m) => m.kind)).toEqual(['count']);
  });

  it('lets the source\'s run support the draft\'s "in a row"', () => {
    const source = [{ id: 's', text: 'The rate had remained above eight percent for a record-breaking 43 consecutive months.' }];
    const claims = checkDraft('It had been above 8 percent for a record 43 months in a row.', source);
    expect(claims.find((c) => c.text.startsWith('43'))?.verdict).toBe('supported');
  });

  it('is stated only by a run: "seven straight months of growth" is not "the first seven months of 2018"', () => {
    const source = [{ id: 's', text: 'The declines were preceded by six straight months of growth. Through the first seven months of 2018, the deficit rose 7.3 percent.' }];
    const claims = checkDraft('The deficit shrank after seven straight months of growth.', source);
    expect(claims.find((c) => c.text.startsWith('seven'))?.verdict).not.toBe('supported');
  });

  it('reads "seven different decades" as seven decades, which the draft may say plainly', () => {
    expect(findMentions('His work spanned seven different decades.').map((m) => [m.kind, m.value])).toEqual([['duration', 7]]);
    const source = [{ id: 's', text: 'Albert Finney, the actor whose work spanned seven different decades, has died.' }];
    expect(checkDraft('His work as a whole spanned seven decades.', source).find((c) => c.text.startsWith('seven'))?.verdict).toBe('supported');
  });
});

describe('moreBeforeUnit: time told with how it felt', () => {
  it('"For 9.81 glorious seconds" and "five long years" are durations; "two long arms" stays a count', () => {
    expect(findMentions('For 9.81 glorious seconds on Sunday, Bolt ran alone.').map((m) => [m.kind, m.value, m.unit])[0]).toEqual(['duration', 9.81, 'second']);
    expect(findMentions('He waited five long years for the title.').map((m) => m.kind)).toEqual(['duration']);
    expect(findMentions('He had two long arms.').map((m) => m.kind)).toEqual(['count']);
    const source = [{ id: 's', text: 'For 9.81 glorious seconds on Sunday, Usain Bolt was the fastest man on Earth again.' }];
    expect(checkDraft('Bolt won the 100m in 9.81 seconds on Sunday.', source).find((c) => c.text.startsWith('9.81'))?.verdict).toBe('supported');
  });
});
