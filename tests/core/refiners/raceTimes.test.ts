// "4:12.35" in a results line is four minutes 12.35 seconds, never a time of day.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('raceTimes', () => {
  it('reads minutes and seconds with hundredths as one duration', () => {
    expect(findMentions('She won the mile in 4:12.35 on Saturday.').map((m) => [m.text, m.kind, m.unit])).toEqual([['4:12.35', 'duration', 'minute'], ['on Saturday', 'date', undefined]]);
  });
  it('leaves a clock time a clock time', () => {
    expect(findMentions('The race started at 4:15 on Saturday.').map((m) => m.kind)).toEqual(['date', 'date']);
  });
  it('compares with the time written out in words', () => {
    const source = [{ id: 's', text: 'She won in a time of four minutes, 12.35 seconds, a meeting record.' }];
    expect(checkDraft('She won the mile in 4:12.35.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('She won the mile in 4:21.35.', source)[0]?.verdict).not.toBe('supported');
  });
});
