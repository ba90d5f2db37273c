import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The earthquake struck on Monday and destroyed dozens of homes. In 2009 almost 300 people died in a quake in the same region, the worst since 1988.' }];

describe('a year anchors its event', () => {
  it("a look back ('In 2009 almost 300 died') is not today's toll", () => {
    const [c] = checkDraft('The earthquake killed almost 300 people.', source);
    expect(c?.verdict).toBe('unsupported');
    expect(checkDraft('The earthquake killed at least seven people.', source)[0]?.verdict).toBe('unsupported');
  });
  it('the same year in the draft makes it the same event', () => {
    expect(checkDraft('In 2009 almost 300 people died in a quake.', source).find((c) => c.kind === 'count')?.verdict).toBe('supported');
  });
  it('a year counted as a figure never contradicts a count', () => {
    const [c] = checkDraft('The flood killed 12 people.', [{ id: 's', text: 'The flood, the worst since 2021, killed 12 people.' }]);
    expect(c?.verdict).toBe('supported');
  });
});

describe('a year carried over from the sentence before, in the same paragraph', () => {
  const heist = [{ id: 's', text: 'The museum reopened in 2015 with 40 new rooms. The heist took place on March 18, 1990, when two men posing as police officers arrived at the door.' }];
  const two = (draft: string) => checkDraft(draft, heist).find((c) => c.value === 2)?.verdict;
  it('"The theft, in 1990, … Two men dressed as police officers" tells of 1990', () => {
    expect(two('The theft, on March 18, 1990, is still unsolved. Two men dressed as police officers were let in.')).toBe('supported');
  });
  it('not across a paragraph break, where the story may be back to now', () => {
    expect(two('The theft, on March 18, 1990, is still unsolved.\n\nTwo men dressed as police officers were let in.')).not.toBe('supported');
  });
});

describe('years of coordinated clauses', () => {
  const forecast = [{ id: 's', text: 'Growth was downgraded, with 2017 growth down from 2.5 per cent to 2.2 per cent and 2018 growth at 2.1 per cent from 2.4 per cent.' }];
  const verdicts = (draft: string) => checkDraft(draft, forecast).map((c) => [c.text, c.verdict]);
  it('a year opening the next clause dates that clause\'s figures, not the one before: two years\' figures swapped are the slips, not the years', () => {
    const figures = (draft: string) => verdicts(draft).filter(([t]) => t?.includes('%'));
    expect(figures('The forecast for 2017 growth falls from 2.5% to 2.1%, while 2018 is now expected to come in at 2.2%.')).toEqual([
      ['2.5%', 'supported'], ['2.1%', 'unsupported'], ['2.2%', 'unsupported']]);
    expect(figures('The forecast for 2017 growth falls from 2.5% to 2.2%, while 2018 is now expected to come in at 2.1%.')).toEqual([
      ['2.5%', 'supported'], ['2.2%', 'supported'], ['2.1%', 'supported']]);
  });
  it('a list of years is no clause of its own: "a three-way tie with 2007 and 2016 for the second lowest"', () => {
    const src = [{ id: 's', text: 'In 2019 sea ice bottomed out in a three-way tie with 2007 and 2016 for the second lowest on record.' }];
    expect(checkDraft('The 2019 minimum tied with 2007 and 2016 for the second lowest on record.', src).find((c) => c.text === '2016')?.verdict).toBe('supported');
  });
});
