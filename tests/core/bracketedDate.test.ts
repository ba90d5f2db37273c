// "on Friday (September 10)": local papers put the date in brackets after its weekday; it is one
// date, so a draft's "on Thursday, September 10" has the wrong day.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

const COURT = 'Hindry appeared at court for sentence on Friday (September 10) having previously admitted causing death by careless driving.';
const verdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: COURT }]).find((c) => /September|day/.test(c.text))?.verdict;

describe('a weekday with its date in brackets', () => {
  it('is read as one date', () => {
    const dates = findMentions(COURT).filter((m) => m.kind === 'date');
    expect(dates.map((m) => COURT.slice(m.start, m.end))).toEqual(['on Friday (September 10)']);
  });
  it('so the draft\'s weekday is checked against it', () => {
    expect(verdict('He appeared for sentence on Thursday, September 10.')).toBe('contradicted');
    expect(verdict('He appeared for sentence on Friday, September 10.')).toBe('supported');
  });
});
