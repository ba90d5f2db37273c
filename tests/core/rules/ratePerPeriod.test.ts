import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0];

describe('ratePerPeriod', () => {
  it('supports one rate told over another period, as derived', () => {
    expect(verdict('Households will pay an extra £300 a year.', 'Households will pay an extra £25 a month.')?.explanation)
      .toBe("Derived: £25 × 12 ÷ 1 = £300. Draft: '£300'.");
    expect(verdict('The bridge carries 1,050 vehicles a week.', 'The bridge carries 150 vehicles a day.')?.verdict).toBe('supported');
    expect(verdict('The bridge carries 150,000 vehicles a day.', 'The bridge carries some 150,000 vehicles daily.')?.verdict).toBe('supported');
  });
  it('a wrong rate is not supported, and the same figure over another period never supports', () => {
    expect(verdict('Households will pay an extra £400 a year.', 'Households will pay an extra £25 a month.')?.verdict).not.toBe('supported');
    // Another rate of the same size is not this one.
    expect(verdict('The tax rise will cost families £300 a year.', 'The gym costs £25 a month.')?.verdict).not.toBe('supported');
    expect(verdict('Households will pay an extra £25 a year.', 'Households will pay an extra £25 a month.')?.verdict).not.toBe('supported');
    expect(verdict('The bridge carries 160 vehicles a day.', 'The bridge carries 150 vehicles a day.')?.verdict).toBe('contradicted');
  });
});
