// A figure named as a mark that something went past is a bound: "passed the threshold of 1°C" is
// more than 1°C, "crossed the 1,000 mark" more than 1,000. Reaching a mark is not passing it.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('passedMark', () => {
  it('reads a passed mark as "more than"', () => {
    expect(findMentions('Temperatures passed the both important and symbolic threshold of 1°C above pre-industrial levels.')[0]?.qualifier).toBe('more-than');
    expect(findMentions('Sales crossed the 1,000 mark in May.')[0]?.qualifier).toBe('more-than');
  });
  it('leaves a mark reached, or a figure no mark names, as it is', () => {
    expect(findMentions('Sales reached the 1,000 mark in May.')[0]?.qualifier).toBeUndefined();
    expect(findMentions('He passed the ball 40 times.')[0]?.qualifier).toBeUndefined();
  });
  it('so "more than 1C" is what the source says', () => {
    const source = [{ id: 's', text: 'Annual global surface temperatures passed the threshold of 1°C above pre-industrial levels for the first time last year.' }];
    expect(checkDraft('Global surface temperatures rose more than 1C above pre-industrial levels for the first time last year.', source)[0]?.verdict).toBe('supported');
  });
});
