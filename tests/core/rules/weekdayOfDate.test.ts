import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'On the night of the break, August 30, 1942, 41 prisoners rushed the fence. Officers searched the house on April 1, 2015.' }];
const claimAt = (draft: string, word: string) => {
  const at = draft.indexOf(word);
  return checkDraft(draft, source).find((c) => c.start <= at && at < c.end);
};

describe('weekdayOfDate', () => {
  it('a weekday the calendar gives the same date is supported with it', () => {
    expect(claimAt('On Sunday, August 30, 1942, 41 prisoners rushed the fence.', 'Sunday')?.verdict).toBe('supported');
    expect(claimAt('Officers searched the house on Wednesday, April 1, 2015.', 'Wednesday')?.verdict).toBe('supported');
  });
  it('a weekday the calendar contradicts is flagged, pointing at the weekday only', () => {
    const draft = 'On Saturday, August 30, 1942, 41 prisoners rushed the fence.';
    const c = claimAt(draft, 'Saturday');
    expect(c?.verdict).toBe('contradicted');
    expect(draft.slice(c!.start, c!.end)).toBe('Saturday');
    expect(c?.explanation).toBe("August 30, 1942 was a Sunday, not a Saturday. Source: 'August 30, 1942'.");
    // The date itself still stands: the flag does not cover it.
    expect(claimAt(draft, '1942')?.verdict ?? 'supported').toBe('supported');
  });
  it('is flagged even when no source gives the date, since the calendar alone decides', () => {
    const c = checkDraft('The council met on Thursday 1 April 2015.', [{ id: 's', text: 'The council met to discuss the budget.' }])[0];
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toBe('1 April 2015 was a Wednesday, not a Thursday.');
  });
  it('a date without its year takes the year of publication, and says nothing without one', () => {
    const src = [{ id: 's', text: 'The vote was held on 3 March.', published: '2026-03-05' }];
    expect(checkDraft('The vote was held on Tuesday 3 March.', src, { published: '2026-03-05' })[0]?.verdict).toBe('supported');
    expect(checkDraft('The vote was held on Monday 3 March.', src, { published: '2026-03-05' })[0]?.verdict).toBe('contradicted');
    expect(checkDraft('The vote was held on Monday 3 March.', [{ id: 's', text: 'The vote was held on 3 March.' }])[0]?.verdict).not.toBe('contradicted');
  });
});

describe('two named weekdays are two days', () => {
  it('"Saturday, 7 February" is contradicted by the source\'s "Sunday, 7 February", though the date matches', () => {
    const fixture = [{ id: 's', text: 'Wales begin their campaign away to Ireland in Dublin on Sunday, 7 February.' }];
    const on = (draft: string) => checkDraft(draft, fixture)[0]?.verdict;
    expect(on('Wales open against Ireland in Dublin on Saturday, 7 February.')).toBe('contradicted');
    expect(on('Wales open against Ireland in Dublin on Sunday, 7 February.')).toBe('supported');
  });
  it('the flag marks the weekday, the part that differs, not the right date beside it', () => {
    const fixture = [{ id: 's', text: 'Wales begin their campaign away to Ireland in Dublin on Sunday, 7 February.' }];
    const c = checkDraft('Wales open against Ireland in Dublin on Saturday, 7 February.', fixture)[0];
    expect(c?.text).toBe('Saturday');
    // A wrong date keeps the flag on the date.
    expect(checkDraft('Wales open against Ireland in Dublin on Sunday, 8 February.', fixture)[0]?.text).toBe('8');
  });
});
