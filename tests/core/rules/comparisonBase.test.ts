// A year after "from" or "than" is the base a change is measured against, not the time of the
// figure: "a 30% decrease from the comparable period in 2021" is this year's fall.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The firm published its results for 2022 in February 2023. For the fourth quarter, sales represented a 30% decrease from the comparable period in 2021.' }];
const claimOn = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'percent');

describe('yearAnchor: the year a change is compared with', () => {
  it('"sales fell 30% in the quarter" is supported by "a 30% decrease from the comparable period in 2021"', () => {
    expect(claimOn('Sales fell 30% in the fourth quarter.')?.verdict).toBe('supported');
  });
  it('a year the figure is told of still anchors it', () => {
    const anchored = [{ id: 's', text: 'The firm published its results for 2022 in February 2023. In 2021, sales fell 30% in the fourth quarter.' }];
    expect(checkDraft('Sales fell 30% in the fourth quarter.', anchored).find((c) => c.kind === 'percent')?.verdict).not.toBe('supported');
  });
});

describe('yearAnchor: the year of what a figure is set under or above', () => {
  it('"about 172,000, just under the 2016 average" is this month\'s forecast, not 2016\'s', () => {
    const jobs = [{ id: 's', text: 'The Labor Department reported Friday that the economy added 156,000 jobs in September. Economists had predicted payrolls to increase by about 172,000, just under the 2016 average of 180,000 per month.' }];
    const claim = checkDraft('US employers added 156,000 jobs in September, the Labor Department said on Friday. Economists had expected payrolls to grow by around 172,000.', jobs).find((c) => c.text.includes('172,000'));
    expect(claim?.verdict).toBe('supported');
  });
});
