import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('dozensAndCouples', () => {
  it('reads "three dozen" as 36 and "a couple of" as two', () => {
    expect(findMentions('Three dozen people and a couple of dogs.').map((m) => m.value)).toEqual([36, 2]);
  });
  it('"a dozen" is supported by "twelve"', () => {
    expect(checkDraft('A dozen people were injured.', [{ id: 's', text: 'Twelve people were injured in the blast.' }])[0]?.verdict).toBe('supported');
  });
  it('"a half-dozen" and "half dozen" are six, as "half a dozen" is', () => {
    expect(findMentions('A half-dozen boats and half dozen cars.').map((m) => [m.text, m.value])).toEqual([['A half-dozen', 6], ['half dozen', 6]]);
    expect(checkDraft('They won their first half-dozen games.', [{ id: 's', text: 'The side won their first six games of the season.' }])
      .find((c) => c.verdict !== 'supported')).toBeUndefined();
  });
  it('"a couple of weeks" is a length of time, two weeks', () => {
    expect(findMentions('They hoped to shave a couple of weeks off the schedule.').map((m) => [m.text, m.kind, m.value])).toEqual([['a couple of weeks', 'duration', 2]]);
    const source = [{ id: 's', text: 'The physios said they could take a couple of weeks off his recovery.' }];
    expect(checkDraft('The physios could take two weeks off his recovery.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The physios could take three weeks off his recovery.', source)[0]?.verdict).not.toBe('supported');
  });
});
