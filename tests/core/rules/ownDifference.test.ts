// "24lb …, 4lb more than Ben" after "Ben weighed in at 20lb": the gap between the draft's own figures.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const lambs = [{ id: 's', text: 'The lamb, named Jumbo, weighed 20lbs. A fortnight earlier the largest lamb born in Wales weighed 24lbs. The previous record holder weighed just 15.5lbs.' }];
const gap = (draft: string, figure: string, source = lambs) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('ownDifference', () => {
  it('a gap told with a comparative, against a figure given sentences before', () => {
    const draft = 'Jumbo weighed in at 20lb. His mother is a ewe of eight. The farm has 86 ewes. It plans to keep him. He is no record-breaker. A lamb born in Wales weighed 24lb, 4lb more than Jumbo.';
    expect(gap(draft, '4lb')).toBe('supported');
    expect(gap(draft.replace('4lb more', '6lb more'), '6lb')).not.toBe('supported');
    expect(gap('Jumbo weighed in at 20lb. The record holder weighed 15.5lb, 4.5lb lighter than Jumbo.', '4.5lb')).toBe('supported');
  });
  it('a gap taken off a mark, before a source\'s level can contradict it', () => {
    const race = [{ id: 's', text: 'Okafor ran four minutes 19.12 seconds, breaking the record of 4:22.60 set in 1994.' }];
    expect(gap('Okafor clocked 4:19.12, taking 3.48 seconds off the mark of 4:22.60.', '3.48 seconds', race)).toBe('supported');
    expect(gap('Okafor clocked 4:19.12, taking 2.48 seconds off the mark of 4:22.60.', '2.48 seconds', race)).not.toBe('supported');
  });
  it('a count\'s gap only against a figure close by', () => {
    const golf = [{ id: 's', text: 'Hale carded a 75. Reid shot a 66.' }];
    expect(gap('Hale carded a 75. Reid shot a 66, nine shots better than Hale.', 'nine', golf)).toBe('supported');
    expect(gap('Hale carded a 75. Reid shot a 66, seven shots better than Hale.', 'seven', golf)).not.toBe('supported');
  });
});

describe('ownDifference: a gap against a named level', () => {
  it('"7lb above that band" after the band\'s top and the fight\'s weight', () => {
    const src = [{ id: 's', text: 'The fight is set at 154lbs. Weight classes allow 135lb to 147lb if waivers are signed.' }];
    const draft = (n: string) => `The fight is set at 154lb. Commissions allow 135lb to 147lb if waivers are signed, leaving this fight ${n}lb above that band.`;
    expect(checkDraft(draft('7'), src).find((c) => c.text === '7lb')?.verdict).toBe('supported');
    expect(checkDraft(draft('9'), src).find((c) => c.text === '9lb')?.verdict).not.toBe('supported');
  });
});

describe('ownDifference: "outnumbering … by five"', () => {
  const source = [{ id: 's', text: 'The strike killed 12 members of staff and seven patients, the charity said.' }];
  const gap = (draft: string) => checkDraft(draft, source).find((c) => c.value === 5)?.verdict;
  it('is the gap between the two counts the draft gives', () => {
    expect(gap('The strike killed 12 staff and seven patients, with staff outnumbering patients among the dead by five.')).toBe('supported');
    expect(gap('The strike killed 12 staff and 10 patients, with staff outnumbering patients among the dead by five.')).not.toBe('supported');
  });
});

describe('ownDifference: an age gap', () => {
  const source = [{ id: 's', text: 'Mrs Zaghari-Ratcliffe, 38, was sentenced in September. Mr Ratcliffe, 41, believes his wife is a bargaining chip.' }];
  const gap = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('"Richard Ratcliffe, 41 - three years her senior" after "The 38-year-old" in the paragraph', () => {
    expect(gap('The 38-year-old was sentenced in September. Her husband, Richard Ratcliffe, 41 - three years her senior - says she is a bargaining chip.')).toBe('supported');
    expect(gap('The 38-year-old was sentenced in September. Her husband, Richard Ratcliffe, 41 - five years her senior - says she is a bargaining chip.')).not.toBe('supported');
  });
});

describe('ownDifference against a figure after "than"', () => {
  const source = [{ id: 's', text: 'The earthquake killed at least 120 people. An earlier provisional toll was 73 dead.' }];
  it('"The new toll was 47 higher than the provisional figure of 73" after "killed at least 120"', () => {
    const c = checkDraft('The quake has killed at least 120 people. The new toll was 47 higher than the provisional figure of 73 dead.', source).find((k) => k.text === '47');
    expect(c?.verdict).toBe('supported');
    expect(checkDraft('The quake has killed at least 120 people. The new toll was 57 higher than the provisional figure of 73 dead.', source).find((k) => k.text === '57')?.verdict).not.toBe('supported');
  });
});

describe('ownDifference: comparatives of speed, weight, price and heat', () => {
  it('"12 degrees hotter than" after 108 and 96 is the draft\'s own gap', () => {
    const source = [{ id: 's', text: 'Portland hit 108 degrees on Saturday, while Seattle reached a record 96.' }];
    const c = checkDraft('Portland hit 108 degrees and Seattle reached a record 96, so Portland was 12 degrees hotter than its neighbour.', source).find((x) => x.text.startsWith('12'));
    expect(c?.verdict).toBe('supported');
  });
  it('a source gap told so is no level to contradict a race time', () => {
    const source = [{ id: 's', text: 'This time he left little to chance, bursting clear after 20 miles to win in 2:04:40, half a minute quicker than Sammy Wanjiru’s 2009 record.' }];
    expect(checkDraft('Mutai burst clear after 20 miles and crossed the line in 2:04:40, half a minute inside the 2:05:10 that Sammy Wanjiru had set in 2009.', source).find((x) => x.text === '2:05:10')?.verdict).not.toBe('contradicted');
  });
});

describe('ownDifference: a mark beaten by a margin', () => {
  const fees = [{ id: 's', text: 'United paid Juventus £89m for Pogba. The previous record was the £85.3m Real Madrid paid Tottenham for Gareth Bale in 2013.' }];
  it('"eclipses the previous record, the £85.3m …, by roughly £3.7m" after the draft\'s £89m', () => {
    const draft = (margin: string) => `United signed Pogba for £89m. The deal eclipses the previous record, the £85.3m Real Madrid paid Tottenham for Gareth Bale in 2013, by roughly ${margin}.`;
    expect(gap(draft('£3.7m'), 'roughly £3.7m', fees)).toBe('supported');
    expect(gap(draft('£5.7m'), 'roughly £5.7m', fees)).not.toBe('supported');
  });
  it('not a "by" that tells who did it', () => {
    expect(gap('United signed Pogba for £89m. The previous record, £85.3m, was paid by Real Madrid in 2013 and beaten by £3.7m.', '£3.7m', fees)).toBe('supported');
    expect(gap('United signed Pogba for £89m. Real Madrid paid £85.3m in 2013, a fee set by £3.7m of add-ons.', '£3.7m', fees)).not.toBe('supported');
  });
});
