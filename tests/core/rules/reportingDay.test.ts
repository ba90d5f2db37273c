// The day of a statement ("officials said on Tuesday") does not date the event it reports.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'LIMA, Tuesday 4 June 2024 — A magnitude-6.1 earthquake struck southern Peru late on Monday, killing at least 12 people '
  + 'and injuring 80 others, officials said on Tuesday.';
const dayVerdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }]).find((c) => /day/.test(c.text))?.verdict;

describe('a day word after a verb of saying', () => {
  it('does not contradict the event\'s own day, however closely the draft echoes the statement', () => {
    expect(dayVerdict('A 6.1-magnitude earthquake killed 12 people in the remote south of Peru on Monday night and injured 80 more, officials said.')).toBe('supported');
  });
  it('still contradicts a wrong day for the event', () => {
    expect(dayVerdict('A 6.1-magnitude earthquake killed 12 people in the remote south of Peru on Sunday night and injured 80 more, officials said.')).toBe('contradicted');
  });
  it('and still dates a statement the draft dates', () => {
    expect(dayVerdict('Officials said on Tuesday that the earthquake had killed 12 people in southern Peru.')).toBe('supported');
  });
});
