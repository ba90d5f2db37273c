// "last year's 12.36 billion": a figure the draft dates "last year" is the year before the
// source's own now, so the source's figure "in 2011", in a report of 2012, is that year's.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: 'Crop report, August 14, 2012\n\nThe USDA forecast 2012 corn production at 10,779 million bushels, down 17% from the July forecast and down 13% from 12,358 million bushels in 2011. Rail punctuality was 83.3 per cent in 2012, a 4.8 per cent dip on last year.' }];
const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.startsWith(figure))?.verdict;

describe('lastYearAnchor', () => {
  it('"last year\'s 12.36 billion" meets the source\'s 2011 figure', () => {
    expect(verdictOf('Corn production is now forecast at 10.78 billion bushels, more than 13% below last year\'s 12.36 billion.', '12.36')).toBe('supported');
  });
  it('this year\'s figure in the same sentence keeps this year', () => {
    expect(verdictOf('Corn production is now forecast at 10.78 billion bushels, more than 13% below last year\'s 12.36 billion.', '10.78')).toBe('supported');
  });
  it('"last year" as the yardstick of a change does not date the change', () => {
    expect(verdictOf('Punctuality was 83.3%, a dip of 4.8% on last year.', '4.8%')).toBe('supported');
  });
});
