// A month's change and a year's, a rise and a fall, a time before the event and a time after it:
// copy gives them side by side, and none of them is a value of another.
import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdictOf.ts';

const CPI = 'Headline inflation as tracked by the Consumer Price Index rose 0.4% in September, up from August\'s 0.1% gain. '
  + 'Compared to the same period in 2021, the index was up 8.2%, down from 8.3% in August. '
  + 'The "core" rate of inflation rose 0.6% last month, as it did in August, and was up 6.6% from the same period a year earlier. '
  + 'Rising prices for housing and food were partially offset by a nearly 5% drop in gas prices.';

describe('changes over other periods and in other directions', () => {
  it('a year\'s rise is not contradicted by a month\'s, nor by a fall', () => {
    expect(verdictOf('Over the 12 months to September, consumer prices were up 8.2%.', CPI, '8.2%')).toBe('supported');
    expect(verdictOf('On an annual basis core prices were 6.6% higher.', CPI, '6.6%')).toBe('supported');
  });
  it('a rise is no value of a fall', () => {
    const source = 'Compared to the same period in 2021, the index was up 8.2%. Rising costs for housing were partially offset by a nearly 5% drop in gas prices.';
    expect(verdictOf('Consumer prices were up 8.2%, with gas prices down.', source, '8.2%')).toBe('supported');
  });
  it('the month\'s change is still checked against the month\'s', () => {
    expect(verdictOf('Consumer prices rose 0.5% in September.', CPI, '0.5%')).not.toBe('supported');
    expect(verdictOf('Over the 12 months to September, consumer prices were up 8.5%.', CPI, '8.5%')).not.toBe('supported');
  });
});

describe('a year\'s change read in a named month', () => {
  const HOMES = 'The annual rise in house prices was 2.1% in May, the lender said. Prices rose by 0.3% in May compared with April.';
  it('"annual growth stood at 2.1% in May" is the year\'s change, dated by its month', () => {
    expect(verdictOf('Annual house price growth stood at 2.1% in May.', HOMES, '2.1%')).toBe('supported');
    expect(verdictOf('Annual house price growth stood at 0.3% in May.', HOMES, '0.3%')).not.toBe('supported');
  });
  it('a change told only in its month is still the month\'s', () => {
    expect(verdictOf('Prices rose by 0.3% in May.', HOMES, '0.3%')).toBe('supported');
    expect(verdictOf('Prices rose by 0.5% in May.', HOMES, '0.5%')).not.toBe('supported');
  });
});

describe('a length of time before or after the event', () => {
  const STORMS = 'In 2008 one tornado killed nine people in Parkersburg in May, and another storm a month later killed four boys at a scout camp.';
  it('"a month earlier" is not the source\'s "a month later"', () => {
    expect(verdictOf('A tornado killed nine people in Parkersburg, and a month earlier another storm had killed four boys at a scout camp.', STORMS, 'a month')).not.toBe('supported');
    expect(verdictOf('A tornado killed nine people in Parkersburg, and a month later another storm killed four boys at a scout camp.', STORMS, 'a month')).toBe('supported');
  });
  it('one fact told from either event, with a preposition, is still that fact', () => {
    const lamb = 'Ben\'s arrival came just a fortnight after the largest lamb born in the UK weighed in at 24lbs.';
    expect(verdictOf('Ben is no record: two weeks earlier a lamb weighed in at 24lbs.', lamb, 'two weeks')).toBe('supported');
  });
});
