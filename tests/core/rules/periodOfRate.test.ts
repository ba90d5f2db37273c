import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const on = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => draft.slice(c.start, c.end).includes(figure));

describe('periodOfRate', () => {
  it('"every 12 months" is the period of the source\'s "a year", derived', () => {
    const source = 'Powys won the bidding process and will receive £170,000 a year to carry out the work.';
    const c = on('Powys will be paid £170,000 every 12 months for the work.', source, '12 months');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the source gives '£170,000' a year, so it comes every 12 months.");
    expect(on('The bridge carries 150 vehicles every 24 hours.', 'The bridge carries 150 vehicles a day.', '24 hours')?.verdict).toBe('supported');
  });
  it('a period that is not the source\'s, or after an amount the source does not give, is not supported', () => {
    const source = 'Powys won the bidding process and will receive £170,000 a year to carry out the work.';
    expect(on('Powys will be paid £170,000 every six months for the work.', source, 'six months')?.verdict).not.toBe('supported');
    expect(on('Powys will be paid £150,000 every 12 months for the work.', source, '12 months')?.verdict).not.toBe('supported');
  });
});
