import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The treasurer appeared in court on Monday. All the thefts are alleged to have happened between 1 July 2006 and 31 December 2011, the court heard.' }];
const length = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration');

describe('spanOfDates: a length of time told as the span between two dates', () => {
  it('the draft\'s own dates: "over five and a half years, between 1 July 2006 and 31 December 2011"', () => {
    const c = length('The thefts took place over five and a half years, between 1 July 2006 and 31 December 2011.');
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('draft');
  });
  it('not when the length is not the span', () => {
    expect(length('The thefts took place over seven years, between 1 July 2006 and 31 December 2011.')?.verdict).not.toBe('supported');
  });
  it('the source\'s dates, the draft giving only the length: derived, citing them', () => {
    const c = length('The thefts went on for five and a half years, the court heard.');
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('derived');
    expect(c?.evidence[0]?.quote).toContain('1 July 2006');
    expect(length('The thefts went on for four and a half years, the court heard.')?.verdict).not.toBe('supported');
  });
  it('"between 1 July and 31 December 2011": the first date takes the second\'s year', () => {
    const c = checkDraft('The works ran for six months, from 1 July to 31 December 2011.', [{ id: 's', text: 'The works ran from July to December.' }]).find((x) => x.kind === 'duration');
    expect(c?.verdict).toBe('supported');
  });
});

describe('spanOfDates: two dates with no year, the second in the next year', () => {
  it('"between 1 September and 22 March, a period of almost seven months"', () => {
    const src = [{ id: 's', text: 'The offences are alleged to have taken place between 1 September and 22 March.' }];
    const c = (draft: string) => checkDraft(draft, src).find((x) => x.kind === 'duration')?.verdict;
    expect(c('The offences took place between 1 September and 22 March, a period of almost seven months.')).toBe('supported');
    expect(c('The offences took place between 1 September and 22 March, a period of almost nine months.')).not.toBe('supported');
  });
});
