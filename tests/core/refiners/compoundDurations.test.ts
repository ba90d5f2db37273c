// "Seven years and six months" is one duration: seven and a half years.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('compound durations', () => {
  it('joins a duration and a smaller unit of time after "and" or a comma', () => {
    expect(findMentions('He was jailed for four years and nine months.').map((m) => [m.text, m.value, m.unit])).toEqual([['four years and nine months', 4.75, 'year']]);
    expect(findMentions('She served 2 years, 6 months.').map((m) => m.value)).toEqual([2.5]);
  });
  it('leaves two durations of the same or a larger unit apart', () => {
    expect(findMentions('Talks lasted six months and two years later resumed.').map((m) => m.value)).toEqual([6, 2]);
  });
  it('supports "three and a half years" for it and flags a wrong total', () => {
    const source = [{ id: 's', text: 'The judge jailed him for three years and six months on Friday.' }];
    expect(checkDraft('He was jailed for three and a half years.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('He was jailed for four and a half years.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('compoundDurations: a race time', () => {
  it('reads "14 minutes 49.12 seconds" as one time, as "14 minutes, 49.12 seconds" is', () => {
    expect(findMentions('Muir clocked 14 minutes 49.12 seconds.').map((m) => m.text)).toEqual(['14 minutes 49.12 seconds']);
    expect(findMentions('It took two days 12 hours.').map((m) => m.text)).toEqual(['two days', '12 hours']);
  });
  it('a court\'s "three years six months" is three and a half years', () => {
    const source = [{ id: 's', text: 'Hughes has been sentenced to three years six months at Preston Crown Court.' }];
    expect(checkDraft('Hughes was given three and a half years at Preston Crown Court.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Hughes was given four and a half years at Preston Crown Court.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('compoundDurations: a record\'s age to the day', () => {
  it('"aged 40 years and 76 days" and "at 40 years and 76 days" are one age', () => {
    for (const text of ['Bryan became the oldest winner, aged 40 years and 76 days, on Saturday.', 'He became the oldest man to win the title at 40 years and 76 days.']) {
      const [m] = findMentions(text);
      expect(m).toMatchObject({ kind: 'age', text: '40 years and 76 days' });
      expect(m?.value).toBeCloseTo(40.208, 3);
    }
    expect(findMentions('He served seven years and six months.')[0]?.kind).toBe('duration');
  });
  it('so one supports the other, and another age of the story does not contradict it', () => {
    const source = [{ id: 's', text: 'Bryan, 14 years older than his 26-year-old compatriot, became the oldest man to win the title at 40 years and 76 days.' }];
    expect(checkDraft('Bryan became the oldest man to win the title, aged 40 years and 76 days.', source).find((c) => c.text.startsWith('40'))?.verdict).toBe('supported');
  });
});

describe('compoundDurations: one of a larger unit with its article', () => {
  it('"leads by a minute and 26 seconds" is 86 seconds, the draft\'s "1min 26sec"', () => {
    expect(findMentions('He leads by a minute and 26 seconds.')[0]).toMatchObject({ text: 'a minute and 26 seconds', kind: 'duration', value: 86 });
    expect(findMentions('It took an hour and 10 minutes.')[0]).toMatchObject({ kind: 'duration', value: 70 });
    const source = [{ id: 's', text: 'The Frenchman leads the Team INEOS rider by a minute and 26 seconds after stage 13.' }];
    expect(checkDraft('Alaphilippe now leads him by 1min 26sec after stage 13.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Alaphilippe now leads him by 1min 36sec after stage 13.', source)[0]?.verdict).not.toBe('supported');
  });
  it('not "a week and 26 people"', () => {
    expect(findMentions('It lasted a week and 26 people were hurt.').map((m) => m.kind)).not.toContain('duration');
  });
});
