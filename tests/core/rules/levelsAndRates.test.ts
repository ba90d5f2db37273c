// Levels and rates as business and statistics copy words them: "improved from 20.2 million to
// 29.9 million" is a change between two levels (never a range); "rose by 4.5% in the 12 months to
// May" is an annual rate's level; "73.2 million units" counts whatever the sentence ships; a
// handset is a phone.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

describe('change verbs: "improved from X to Y" gives two levels', () => {
  const source = 'Huawei had the biggest gain: its shipment total improved from 20.2 million to 29.9 million in the quarter.';
  it('the level before and the level after are each supported', () => {
    const draft = 'Huawei grew fastest: its shipments rose to 29.9 million from 20.2 million.';
    expect(verdictOf(draft, source, '20.2 million')).toBe('supported');
    expect(verdictOf(draft, source, '29.9 million')).toBe('supported');
  });
});

describe('annual rates: "rose by 4.5% in the 12 months to May" is the rate\'s level', () => {
  const source = 'Core inflation, which strips out energy and food, rose by 4.5% in the 12 months to May, down from 5.2% in April.';
  it('"eased to 4.5%" is supported, "eased to 4.2%" is not', () => {
    expect(verdictOf('Core inflation eased to 4.5% from 5.2%.', source, '4.5%')).toBe('supported');
    expect(verdictOf('Core inflation eased to 4.2% from 5.2%.', source, '4.2%')).not.toBe('supported');
  });
  it('without the twelve months, "rose by 4.5%" is a change, not a level', () => {
    const change = 'Core inflation rose by 4.5% last month, after 5.2% in April.';
    expect(verdictOf('Core inflation eased to 4.5% from 5.2%.', change, '4.5%')).not.toBe('supported');
  });
});

describe('heads: units and handsets', () => {
  it('"73.2 million units" is the source\'s "73.2 million shipments"', () => {
    const source = 'Samsung held first place for the quarter, with 73.2 million shipments and a 21.7 percent market share.';
    expect(verdictOf('Samsung kept first place with 73.2 million units.', source, '73.2 million')).toBe('supported');
  });
  it('"208 million handsets" is the source\'s "208 million phones"', () => {
    const source = 'The industry is on track to ship 208 million phones in the third quarter, IDC said.';
    expect(verdictOf('IDC said the industry would ship 208 million handsets in the quarter.', source, '208 million')).toBe('supported');
  });
});
