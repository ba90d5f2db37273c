import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('overMeaningAbout', () => {
  it('"over" after a word of dispute means "about": the figure is exact', () => {
    const [m] = findMentions('Hungary will not back down over three laws.');
    expect(m?.text).toBe('three');
    expect(m?.qualifier).toBeUndefined();
  });
  it('"over" after a noun of victory means "against": the figure is exact', () => {
    const [m] = findMentions('They reached the final after home wins over two league leaders.');
    expect(m?.text).toBe('two');
    expect(m?.qualifier).toBeUndefined();
    expect(findMentions('He won over 50 votes.')[0]).toMatchObject({ text: 'over 50', qualifier: 'more-than' });
  });
  it('"over" before a figure elsewhere bounds it', () => {
    expect(findMentions('Over 50 people came.')[0]).toMatchObject({ text: 'Over 50', qualifier: 'more-than' });
  });
});

describe('overMeaningAbout: a particle and a race distance', () => {
  it('"pored over 53 hours" and "the records over 1500m" bound nothing; "over 800m of cable" does', () => {
    const bound = (text: string) => findMentions(text).map((m) => [m.text, m.qualifier ?? null]);
    expect(bound('Researchers pored over 53 hours of footage.')).toEqual([['53 hours', null]]);
    expect(bound('She holds the Scottish records over 1500m.')).toEqual([['1500m', null]]);
    expect(bound('She opened her season by winning over 800m in France.')).toEqual([['800m', null]]);
    expect(bound('The crew laid over 800m of cable.')).toEqual([['over 800m', 'more-than']]);
  });
});

describe('overMeaningAbout: the period an amount was counted over', () => {
  it('"£2.1m over two years" and "40 payments over six months" bound no length; "jailed for over two years" does', () => {
    const bound = (text: string) => findMentions(text).map((m) => [m.text, m.qualifier ?? null]);
    expect(bound('The council has paid it more than £2.1m over two years.')).toEqual([['more than £2.1m', 'more-than'], ['two years', null]]);
    expect(bound('It made 40 payments over six months.')).toEqual([['40', null], ['six months', null]]);
    expect(bound('He has been in jail for over two years.')).toEqual([['over two years', 'more-than']]);
  });
});

describe('overMeaningAbout: a dispute told with its other side between', () => {
  it('"its row with the council over two schemes" is about the schemes; "clashed with police over 20 people" is not a dispute noun', () => {
    const bound = (text: string) => findMentions(text).map((m) => [m.text, m.qualifier ?? null]);
    expect(bound('The club will not back down in its row with the council over two planning schemes.')).toEqual([['two', null]]);
    expect(bound('A dispute between the unions over four sites goes on.')).toEqual([['four', null]]);
    expect(bound('Police arrested a man with a record after over 20 people complained.')).toEqual([['over 20', 'more-than']]);
  });
});

describe('overMeaningAbout: "over" before a year', () => {
  it('"rose 4% over 2019" is during 2019, not after it', () => {
    const m = findMentions('Average UK house prices rose 4% over 2019, helped by a late surge.').find((x) => x.kind === 'year');
    expect(m?.text).toBe('2019');
    expect(m?.qualifier).toBeUndefined();
    const src = [{ id: 's', text: 'House prices rose 4% in 2019, Halifax said.' }];
    expect(checkDraft('Average UK house prices rose 4% over 2019.', src).find((c) => c.kind === 'year')?.verdict).toBe('supported');
    expect(findMentions('It has been used over 2,019 times.')[0]?.qualifier).toBe('more-than');
  });
});

describe('"over" a span the clause dates or opens on', () => {
  it('reads "over two days in April" and a sentence-opening "Over three decades the programme …" as the span, not a bound', () => {
    expect(findMentions('He talked his way into homes over two days in April.')[0]).toMatchObject({ text: 'two days', value: 2 });
    expect(findMentions('He talked his way into homes over two days in April.')[0]?.qualifier).toBeUndefined();
    expect(findMentions('Over three decades the programme flew 135 missions.')[0]?.qualifier).toBeUndefined();
    expect(findMentions('Over two weeks, prices rose sharply.')[0]?.qualifier).toBeUndefined();
  });
  it('keeps the bound where the length is the subject, or "in" opens a place', () => {
    expect(findMentions('Over 30 years have passed since the crash.')[0]?.qualifier).toBe('more-than');
    expect(findMentions('The strike lasted over two days.')[0]?.qualifier).toBe('more-than');
    expect(findMentions('Crimes went unsolved over four decades in the state.')[0]?.qualifier).toBe('more-than');
  });
  it('lets the source\'s exact span support the draft\'s', () => {
    const source = [{ id: 's', text: 'The conman targeted five elderly people over the course of two days in April.' }];
    expect(checkDraft('He talked his way into homes over two days in April.', source)[0]?.verdict).toBe('supported');
  });
});

describe('"over" after a verb of extent', () => {
  it('"a run stretching over nine years" is nine years, not more', () => {
    expect(findMentions('The chain notched up 35 quarters of growth, a run stretching over nine years.')[1]?.qualifier).toBeUndefined();
  });
});
