import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Fognini levelled at one set all, before firing his 13th baseline winner by the start of the third set.' }];
const count = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;

describe('ordinalAsTally', () => {
  it('"13 baseline winners" is the tally "his 13th baseline winner" gives', () => {
    expect(count('Fognini had struck 13 baseline winners by the start of the third set.')).toBe('supported');
  });
  it('not another count of them, nor a count of something else', () => {
    expect(count('Fognini had struck 14 baseline winners by the start of the third set.')).not.toBe('supported');
    expect(count('Fognini had struck 13 aces by the start of the third set.')).not.toBe('supported');
  });
});

describe('ordinalAsTally: the latest of a streak', () => {
  it('"for 27 consecutive quarters" is the source\'s "for the 27th consecutive quarter"', () => {
    const src = [{ id: 's', text: 'Price growth in the South exceeded that in the North for the 27th consecutive quarter.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text.includes(figure))?.verdict;
    expect(on('Price growth in the south has now outstripped the north for 27 consecutive quarters.', '27')).toBe('supported');
    expect(on('Price growth in the south has now outstripped the north for 28 consecutive quarters.', '28')).not.toBe('supported');
  });
  it('a tally with no noun of its own ("take his Grand Slam tally to 22") restates the latest of what someone wins ("for his 22nd Grand Slam title", "Wins Historic 14th French Open")', () => {
    const src = [{ id: 's', text: 'Rafael Nadal Wins Historic 14th French Open. The Spaniard beat Casper Ruud in straight sets for his 22nd Grand Slam title.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text === figure)?.verdict;
    expect(verdict('Nadal beat Ruud to take his Grand Slam tally to 22.', '22')).toBe('supported');
    expect(verdict('Nadal beat Ruud to take his Grand Slam tally to 23.', '23')).not.toBe('supported');
    // The ranked noun must be the draft's: a tally of something else is not.
    expect(verdict('Nadal beat Ruud to take his tally of aces to 22.', '22')).not.toBe('supported');
    expect(verdict('Nadal has now won the French Open 14 times.', '14')).toBe('supported');
  });
});

describe('ordinalAsTally: what is won past a hyphened adjective, counted past a plural modifier', () => {
  it('"a record of 20 Grand Slam singles titles" is the source\'s "to claim a record-equalling 20th Grand Slam title"', () => {
    const source = [{ id: 's', text: 'Nadal demolished Djokovic 6-0 6-2 7-5 in the French Open final to claim a record-equalling 20th Grand Slam title.' }];
    expect(checkDraft('Nadal matched Federer\'s record of 20 Grand Slam singles titles.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Nadal matched Federer\'s record of 21 Grand Slam singles titles.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('ordinalAsTally: "for the Nth time" is N times so far', () => {
  const source = [{ id: 's', text: 'The Patriots lost in Miami for the fifth time in their past six visits.' }];
  it('"lost in Miami five times in their last six trips" is the source\'s fifth time, six visits', () => {
    expect(checkDraft('New England have now lost in Miami five times in their last six trips.', source).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
  it('while another count, or five times of something else, is not', () => {
    expect(checkDraft('New England have now lost in Miami four times in their last six trips.', source)[0]?.verdict).not.toBe('supported');
    expect(checkDraft('Brady has won the award five times.', source)[0]?.verdict).not.toBe('supported');
  });
});
