// "for the last month" is a month up to now; "Last month, he left" stays a date.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('lastUnitSpans', () => {
  it('reads "<extent> the last/past <unit>" as one unit of time up to now', () => {
    expect(findMentions('Staff have been kept out for the last month.').map((m) => [m.text, m.kind, m.value, m.unit])).toEqual([['the last month', 'duration', 1, 'month']]);
    expect(findMentions('Prices rose over the past week.').map((m) => [m.kind, m.unit])).toEqual([['duration', 'week']]);
  });
  it('leaves "last month" a date where no extent comes before it', () => {
    expect(findMentions('Last month, he left the club.').map((m) => m.kind)).toEqual(['date']);
  });
  it('meets a draft\'s "for a month", and not "for a year"', () => {
    const source = [{ id: 's', text: 'Some 80 staff and 120 players have been kept out for the last month, the club said.' }];
    const length = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
    expect(length('Players have been kept away from the ground for a month.')).toBe('supported');
    expect(length('Players have been kept away from the ground for a year.')).not.toBe('supported');
  });
});
