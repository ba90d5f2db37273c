// A gap told after a rate ("73 cents a month lower") between figures of this sentence and the one
// before; a comparative makes a hedged figure a gap, never a rounding of the figure before it.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('cents', () => {
  it('"73 cents" is money, in the dollars (or euros) the text last named', () => {
    expect(findMentions('The fare rose 73 cents.').map((m) => [m.kind, m.value, m.unit])).toEqual([['money', 0.73, 'USD']]);
    expect(findMentions('It costs €2, or 50 cents more.').map((m) => m.unit)).toEqual(['EUR', 'EUR']);
  });
});

describe('statedDifference: a gap after a rate, across two sentences of a paragraph', () => {
  const source = [{ id: 's', text: 'The budget adds $4.10 per month to tax bills. Officials had first proposed $4.85 per month.' }];
  it('"75 cents a month lower" is the gap between the draft\'s own two rates', () => {
    const claims = checkDraft('The budget adds $4.10 a month to bills. Officials had proposed $4.85 a month, so the rise is 75 cents a month lower.', source);
    expect(claims.find((c) => c.text === '75 cents')?.verdict).toBe('supported');
  });
  it('not a gap the two do not make, nor one across paragraphs', () => {
    expect(checkDraft('The budget adds $4.10 a month to bills. Officials had proposed $4.85 a month, so the rise is 85 cents a month lower.', source)
      .find((c) => c.text === '85 cents')?.verdict).not.toBe('supported');
    expect(checkDraft('The budget adds $4.10 a month to bills.\n\nOfficials had proposed $4.85 a month, so the rise is 75 cents a month lower.', source)
      .find((c) => c.text === '75 cents')?.verdict).not.toBe('supported');
  });
});

describe('ownConversion: a comparative makes a gap', () => {
  const source = [{ id: 's', text: 'Visitors numbered 165,801 this winter, against 182,994 the winter before.' }];
  it('"165,801, more than 20,000 fewer than the 182,994" restates neither figure', () => {
    const claims = checkDraft('Visitors numbered 165,801, more than 20,000 fewer than the 182,994 the winter before.', source);
    expect(claims.find((c) => /20,000/.test(c.text))?.verdict).not.toBe('supported');
    expect(checkDraft('Visitors numbered 165,801, more than 15,000 fewer than the 182,994 the winter before.', source)
      .find((c) => /15,000/.test(c.text))?.verdict).toBe('supported');
  });
});

describe('statedDifference: percentage points and the level before a change', () => {
  const source = [{ id: 's', text: 'Prices are 10.6% higher than a year ago. Growth was 6.4% in the previous month. The price rose £6,137 to £217,580.' }];
  it('a figure in percentage points is the gap between two percentages the draft gives', () => {
    const draft = 'Prices are 10.6 per cent higher than a year ago. That compares with 6.4 per cent a month earlier, a jump of more than four percentage points.';
    expect(checkDraft(draft, source).find((c) => /four percentage/.test(c.text))?.verdict).toBe('supported');
    expect(checkDraft(draft.replace('more than four', 'more than five'), source).find((c) => /five percentage/.test(c.text))?.verdict).not.toBe('supported');
  });
  it('"rose by £6,137 to £217,580, up from roughly £211,400"', () => {
    const draft = 'The price rose by £6,137 to £217,580, up from roughly £211,400.';
    expect(checkDraft(draft, source).find((c) => /211,400/.test(c.text))?.verdict).toBe('supported');
    expect(checkDraft(draft.replace('211,400', '201,400'), source).find((c) => /201,400/.test(c.text))?.verdict).not.toBe('supported');
  });
});

describe('statedDifference: the level before a fall', () => {
  const source = [{ id: 's', text: 'Assaults on officers in the county fell by 158 to 1,092 last year.' }];
  it('"dropped by 158 to 1,092, from 1,250" adds the fall back', () => {
    expect(checkDraft('Assaults on officers dropped by 158 to 1,092, from 1,250.', source).find((c) => c.text === '1,250')?.verdict).toBe('supported');
    expect(checkDraft('Assaults on officers dropped by 158 to 1,092, from 1,350.', source).find((c) => c.text === '1,350')?.verdict).not.toBe('supported');
  });
});

describe('ownConversion: "well over" a fraction', () => {
  const source = [{ id: 's', text: 'Staff costs made up 59% of spending.' }];
  it('"59% of spending, well over half", not "well over two-thirds"', () => {
    expect(checkDraft('Staff costs made up 59% of spending, well over half.', source).find((c) => /half/.test(c.text))?.verdict).toBe('supported');
    expect(checkDraft('Staff costs made up 59% of spending, well over two-thirds.', source).find((c) => /two-thirds/.test(c.text))?.verdict).not.toBe('supported');
  });
});

describe('a change after "up" and its level', () => {
  it('"up £4,126 to £215,282" is a change and the level it reached, not a range', () => {
    const src = [{ id: 's', text: 'Nationwide reported the average property value up £4,126 to £215,282.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text.includes(figure))?.verdict;
    expect(on('Its average value climbed £4,126 to £215,282.', '215,282')).toBe('supported');
    expect(on('Its average value climbed £4,126 to £251,282.', '251,282')).not.toBe('supported');
  });
});
