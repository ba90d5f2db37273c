// A rate the draft works out from its own figures in the sentence.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{
  id: 's',
  text: 'Every day, on average, another 2,500 people cross the border. Researchers watched 53 hours of footage and recorded 186 interactions. The plan could give two direct trains an hour to Liverpool.',
}];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('ownRate', () => {
  it('"2,500 people every day, roughly 17,500 a week" is the same rate over a week', () => {
    const c = on('On average another 2,500 people cross every day, roughly 17,500 a week.', '17,500');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '2,500' per day is 17,500 per week. Draft: 'roughly 17,500'.");
    expect(c?.basis).toBe('draft');
  });
  it('"186 interactions in 53 hours, about 3.5 an hour" is a count over its time', () => {
    const c = on('Researchers pored over 53 hours of footage and recorded 186 interactions, about 3.5 an hour.', '3.5');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '186' in '53 hours' is 3.51 per hour. Draft: 'about 3.5'.");
  });
  it('"two trains an hour, a service every 30 minutes" is the interval the rate leaves', () => {
    expect(on('The plans could give the town two direct trains an hour to Liverpool, a service every 30 minutes.', '30 minutes')?.verdict).toBe('supported');
  });
  it('wrong arithmetic, or a hedge stretched to fit it, is not derived', () => {
    expect(on('Another 2,500 people cross every day, some 20,000 a week.', '20,000')?.verdict).not.toBe('supported');
    expect(on('They recorded 186 interactions in 53 hours, about 5 an hour.', 'about 5')?.verdict).not.toBe('supported');
    expect(on('Two direct trains an hour, a service every 20 minutes.', '20 minutes')?.verdict).not.toBe('supported');
  });
  it('a rate over two lengths of time is not worked from one picked to fit', () => {
    expect(on('They watched 53 hours in 10 days and recorded 186 interactions, about 3.5 an hour.', '3.5')?.verdict).not.toBe('supported');
  });
  it('a lower bound carries over: "more than £310,000 a week, or in excess of £16m a year"', () => {
    const wages = [{ id: 's', text: 'The deal includes wages of more than £310,000 a week.' }];
    const rate = (draft: string) => checkDraft(draft, wages).find((c) => c.text.includes('in excess'))?.verdict;
    expect(rate('The deal includes wages of more than £310,000 a week, or in excess of £16m a year.')).toBe('supported');
    expect(rate('The deal includes wages of more than £310,000 a week, or in excess of £20m a year.')).not.toBe('supported');
  });
});

describe('a rate is weakly met only by a rate of the same period', () => {
  const source = [{ id: 's', text: 'Police are searching for another six men. Some 300 people are kidnapped in the region every year.' }];
  it('"six a day" finds no support in "six men"', () => {
    expect(checkDraft('Around 300 people are kidnapped in the region each year, almost six a day.', source).find((c) => c.text.includes('six'))?.verdict).not.toBe('supported');
  });
  it('while a count is still met by the same count', () => {
    expect(checkDraft('Police are hunting six more men.', source).find((c) => c.text.includes('six'))?.verdict).toBe('supported');
  });
});

describe('ownRate: the rate an interval makes', () => {
  const source = [{ id: 's', text: 'Aircraft will send their position at least every 15 minutes, Reuters reported.' }];
  const rate = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;
  it('"every 15 minutes, or four times an hour"', () => {
    expect(rate('Aircraft will report their position at least every 15 minutes, or four times an hour.')).toBe('supported');
    expect(rate('Aircraft will report their position at least every 15 minutes, or six times an hour.')).not.toBe('supported');
  });
});

describe('ownRate: a bound on a worked-out rate', () => {
  const source = [{ id: 's', text: 'The team combed through 53 hours of footage and observed 168 interactions between the animals.' }];
  const rate = (draft: string) => checkDraft(draft, source).find((c) => c.qualifier === 'more-than')?.verdict;
  it('"168 interactions in 53 hours - more than three an hour" (3.17)', () => {
    expect(rate('Working through 53 hours of footage, the team logged 168 interactions - more than three an hour.')).toBe('supported');
    expect(rate('Working through 53 hours of footage, the team logged 168 interactions - more than four an hour.')).not.toBe('supported');
    expect(rate('Working through 53 hours of footage, the team logged 168 interactions - more than two an hour.')).not.toBe('supported');
  });
});
