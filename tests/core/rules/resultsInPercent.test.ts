// Election copy: "won by 58 percent to 42" leaves the second unit out, and "ten points ahead" is
// the gap between two shares a results list gives a line at a time.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('elidedPercent', () => {
  it('"58 percent to 42" is two percentages; "rose 5% to 38" is not', () => {
    expect(findMentions('Bing beat Barrow by 58 percent to 42.').map((m) => m.unit)).toEqual(['%', '%']);
    expect(findMentions('Labour won 45% to 38 in the ward.').map((m) => m.unit)).toEqual(['%', '%']);
    expect(findMentions('Sales rose 5% to 38 stores.').map((m) => m.unit)).toEqual(['%', undefined]);
    expect(findMentions('The index rose 5% to 38.').map((m) => m.unit)).toEqual(['%', undefined]);
  });
  it('the elided side meets the source\'s percentage', () => {
    const source = 'Dave Bing: 58 percent\nTom Barrow: 42 percent';
    expect(verdictOf('Bing beat Tom Barrow by 58 percent to 42.', source, '42')).toBe('supported');
    expect(verdictOf('Bing beat Tom Barrow by 58 percent to 40.', source, '40')).not.toBe('supported');
  });
});

describe('statedDifference: points between the lines of a results list', () => {
  const source = 'William Thompson: 46 percent\nMary Norwood: 46 percent\nKasim Reed: 36 percent\nLisa Borders: 14 percent';
  it('"ten points ahead of Reed" is 46 percent less 36 percent', () => {
    expect(verdictOf('Mary Norwood led with 46 percent, ten points ahead of Kasim Reed.', source, 'ten')).toBe('supported');
    expect(verdictOf('Mary Norwood led with 46 percent, eight points ahead of Kasim Reed.', source, 'eight')).not.toBe('supported');
  });
});

describe('the first level of a change in percent', () => {
  it('takes the unit of the second: "from 8.1 to 7.8 percent"', () => {
    expect(findMentions('It fell from 8.1 to 7.8 percent.').map((m) => [m.text, m.unit])).toEqual([['8.1', '%'], ['7.8 percent', '%']]);
    const claims = checkDraft('The rate was 8.1 percent in August.', [{ id: 's', text: 'The unemployment rate fell from 8.1 to 7.8 percent in September.' }]);
    expect(claims.find((c) => c.text.startsWith('8.1'))?.verdict).toBe('supported');
  });
});

describe('shares in brackets after tallies', () => {
  const source = "Smith received 7,047 (50 percent) to Jones's 7,004 votes (49.7). Across the district Smith received 17,250 votes (50.9) to Jones's 16,650 (49.1).";
  it('a bare share in brackets after a tally is a percentage where a bracket before it said so', () => {
    expect(findMentions(source).filter((m) => m.kind === 'percent').map((m) => m.value)).toEqual([50, 49.7, 50.9, 49.1]);
    expect(checkDraft('Jones took 16,650 votes (49.1 percent) across the district.', [{ id: 's', text: source }]).find((c) => c.text.startsWith('49.1'))?.verdict).toBe('supported');
  });
  it('as where the share before it was told in percent outside brackets', () => {
    const county = "Young took 36.2 percent or 5,070 votes in the county. Scheidler got 2,288 voters (16.3).";
    expect(findMentions(county).filter((m) => m.kind === 'percent').map((m) => m.value)).toEqual([36.2, 16.3]);
  });
  it('with no share in percent before it, a bracketed decimal is left alone', () => {
    expect(findMentions('He ran the lap in 61.2 seconds (61.2) on Friday.').some((m) => m.kind === 'percent')).toBe(false);
  });
});

