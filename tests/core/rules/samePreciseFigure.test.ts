// "stopping the clock at 57.13" for "to finish in 57.13": digits this precise, stated exactly, are
// the same statement worded otherwise, unless a unit, hedge, rate or name says not.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure);

describe('samePreciseFigure', () => {
  it('supports a precise figure the source states exactly, worded otherwise, and says to check what it counts', () => {
    const swim = 'The 23-year-old champion, who clocked 49.55 seconds in the heats, sliced another chunk off his mark to finish in 49.13 and open his team\'s medal account.';
    const c = verdict('In the final he went faster still, stopping the clock at 49.13 to open his team\'s medal account.', swim, '49.13');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toMatch(/worded differently/);
    const golf = 'A year after his win at Oak Hill, Ortiz kept his nerve on the back nine to emerge with a three-under-par total of 277.';
    expect(verdict('Ortiz finished on 277, three under par.', golf, '277')?.verdict).toBe('supported');
  });

  it('not a round or short figure, whose digits recur by chance', () => {
    expect(verdict('In the final he stopped the clock at 57 to win gold.', 'Peaty was 57 metres ahead at the turn to finish first.', '57')?.verdict).not.toBe('supported');
    expect(verdict('Some 1,200 homes were lost.', 'The storm cut power to 1,200 businesses.', '1,200')?.verdict).not.toBe('supported');
  });

  it('counts buildings as the structures a fire report counts, and never another noun', () => {
    const fire = 'Across the county 1,123 residential structures were destroyed, officials said.';
    expect(verdict('The worst losses were homes: 1,123 residential buildings were burned out.', fire, '1,123')?.verdict).toBe('supported');
    const tower = 'The tower was built in 1972, and there were 365 occupants in the block that night.';
    expect(verdict('The tower had 365 windows.', tower, '365')?.verdict).not.toBe('supported');
  });

  it('not another unit, hedge, rate or second figure', () => {
    expect(verdict('The wreck lies 933km from Seattle.', 'The wreck lies 933 miles from Seattle.', '933km')?.verdict).not.toBe('supported');
    expect(verdict('The fee could rise by up to £3.48m.', 'The fee may increase by more than £3.48m.', 'up to £3.48m')?.verdict).not.toBe('supported');
    expect(verdict('The operator will run 263 more trains a day.', 'The operator has pledged to run 263 more weekly trains by 2022.', '263')?.verdict).not.toBe('supported');
    expect(verdict('England slumped to 86-5 at lunch.', 'England fell to 86-4 before the break.', '86-5')?.verdict).not.toBe('supported');
  });

  it('not a figure the source tells of someone else', () => {
    const golf = 'A year after his win at Oak Hill, Ortiz kept his nerve on the back nine to emerge with a three-under-par total of 277.';
    expect(verdict('Garcia finished on 277, three under par.', golf, '277')?.verdict).not.toBe('supported');
  });

  it('an amount with its scale and a decimal is precise at two digits: "$3.1bn budget" for "The 2012-13 budget is $3.1 billion"', () => {
    const budget = 'Councillors approved the budget on Wednesday. The 2012-13 budget is $3.1 billion and goes into effect Oct. 1.';
    expect(verdict('Austin council passes $3.1bn budget with higher tax rate.', budget, '$3.1bn')?.verdict).toBe('supported');
    expect(verdict('Austin council passes $3.4bn budget with higher tax rate.', budget, '$3.4bn')?.verdict).not.toBe('supported');
    expect(verdict('Austin council passes £3.1bn budget with higher tax rate.', budget, '£3.1bn')?.verdict).not.toBe('supported');
  });
});
