import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// A weekday set off after the full date it names states that date's day; the calendar settles it.
describe('a weekday set off after its date', () => {
  const source = [{ id: 's', text: 'He set out on 28 October 2005 from Southampton.' }];
  const claim = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text);
  it('is derived from the draft\'s own date when the calendar agrees', () => {
    const c = claim('He set out on 28 October 2005, a Friday.', 'Friday');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '28 October 2005' was a Friday. Draft: 'Friday'.");
  });
  it('is flagged when it does not', () => {
    const c = claim('He set out on 28 October 2005, a Monday.', 'Monday');
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toBe('28 October 2005 was a Friday, not a Monday.');
  });
});
