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

describe('ratePerPeriod: one period\'s worth, restated', () => {
  const source = 'The drug costs £2,150 for a month\'s treatment, the regulator said.';
  const claim = (draft: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(figure));
  it('"£2,150 for a month\'s treatment" is a monthly price, and a draft may restate it per year', () => {
    const c = claim('The drug costs £2,150 for a month\'s treatment, or more than £25,000 a year.', '25,000');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: £2,150 × 12 ÷ 1 = 25,800, more than £25,000. Draft: 'more than £25,000'.");
    expect(claim('The drug costs £25,800 a year.', '25,800')?.verdict).toBe('supported');
  });
  it('a bound the rate does not meet, or grossly understates, is not', () => {
    expect(claim('The drug costs £2,150 for a month\'s treatment, or more than £30,000 a year.', '30,000')?.verdict).not.toBe('supported');
    expect(claim('The drug costs £2,150 for a month\'s treatment, or more than £2,000 a year.', '2,000')?.verdict).not.toBe('supported');
  });
});
