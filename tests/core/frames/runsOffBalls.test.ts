// "36 off 30 balls" is a batter's innings: the first figure counts runs, the second balls, and
// neither supports the other; a verb after a figure ("101 carried Glamorgan") is no noun it counts.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Nick Selman made a mature 101 off 144 balls. Aneurin Donald\'s quick-fire 36 off 30 balls was the next best contribution.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).startsWith(figure));

describe('runs off balls', () => {
  it('a swapped innings is contradicted on both figures', () => {
    expect(on('Aneurin Donald\'s brisk 30 from 36 balls was the next best score.', '30')?.verdict).toBe('contradicted');
    expect(on('Aneurin Donald\'s brisk 30 from 36 balls was the next best score.', '36')?.verdict).toBe('contradicted');
    expect(on('Aneurin Donald\'s brisk 36 from 30 balls was the next best score.', '36')?.verdict).toBe('supported');
  });
  it('"Selman\'s 101 carried Glamorgan" counts the innings\'s runs, not "carried"', () => {
    expect(on('Nick Selman\'s 101 carried Glamorgan to 220.', '101')?.verdict).toBe('supported');
  });
});
