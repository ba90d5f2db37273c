// A source's "maiden" title, century or Six Nations is the first of its series.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Hart won a clean sweep in his maiden season as coach in 2008, and a second in 2012.' }];

describe('maidenAsFirst', () => {
  it('supports the draft\'s "first" of the same series, and no other ordinal', () => {
    expect(checkDraft('Hart won a clean sweep in his first season as coach.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Hart won a clean sweep in his third season as coach.', source)[0]?.verdict).not.toBe('supported');
  });
  it('is no figure of the draft\'s, and a maiden name is no first of anything', () => {
    expect(checkDraft('Hart won in his maiden season.', source)).toEqual([]);
    expect(findMentions('She kept her maiden name.')).toEqual([]);
  });
});
