// "Three-quarters of a mile" is a distance; "two-thirds of a million" a count.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('a fraction of one unit or scale word', () => {
  it('reads the fraction as that much of the unit, and the scale word as part of it', () => {
    expect(findMentions('The hut is three-quarters of a mile away.').map((m) => [m.text, m.kind, m.value, m.unit])).toEqual([['three-quarters of a mile', 'quantity', 0.75, 'mile']]);
    expect(findMentions('Two-thirds of a million people voted.').map((m) => [m.text, m.kind])).toEqual([['Two-thirds of a million', 'count']]);
  });
  it('leaves a share of a whole a share', () => {
    expect(findMentions('Two-thirds of the members voted.').map((m) => m.kind)).toEqual(['fraction']);
  });
  it('compares with the source\'s figure in another unit', () => {
    const source = [{ id: 's', text: 'The climbers were found 1.2km from the summit.' }];
    expect(checkDraft('The climbers were found about three-quarters of a mile from the summit.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The climbers were found about a quarter of a mile from the summit.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('fractionsOfAUnit: back from now', () => {
  it('"a quarter of a century ago" is the date "25 years ago"', () => {
    const source = [{ id: 's', text: 'The paintings were stolen from the museum 25 years ago.' }];
    expect(checkDraft('The paintings were stolen a quarter of a century ago.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The paintings were stolen three-quarters of a century ago.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('fractionsOfAUnit: "half" takes its unit without "of"', () => {
  it('"half a century" is 50 years', () => {
    expect(findMentions('She kept the letters for half a century.').map((m) => [m.text, m.kind, m.value, m.unit])).toEqual([['half a century', 'duration', 0.5, 'century']]);
    const source = [{ id: 's', text: 'It was 50 years before she showed anyone the letters.' }];
    expect(checkDraft('She hid the letters for half a century.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('She hid the letters for half a decade.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"half the number" is still a share', () => {
    expect(findMentions('That is half the number recorded in 2010.').map((m) => m.kind)).toContain('fraction');
  });
  it('reads one unit and a fraction of it ("a mile and a quarter", "an hour and a half") as one figure', () => {
    expect(findMentions('The race is run over a mile and a quarter. It took an hour and a half.').map((m) => [m.text, m.kind, m.value, m.unit]))
      .toEqual([['a mile and a quarter', 'quantity', 1.25, 'mile'], ['an hour and a half', 'duration', 1.5, 'hour']]);
    const source = [{ id: 's', text: 'The Oaks is staged over a mile and a half.' }];
    expect(checkDraft('The Oaks is run over about 2.4km.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The Oaks is run over about 3km.', source)[0]?.verdict).not.toBe('supported');
  });
  it('reads "two-thirds of a million tonnes" as a mass, the unit measuring the whole figure', () => {
    expect(findMentions('It will burn more than two-thirds of a million tonnes of waste.').map((m) => [m.text, m.kind, m.unit]))
      .toEqual([['more than two-thirds of a million tonnes', 'quantity', 'tonne']]);
    const source = [{ id: 's', text: 'The plant will burn 675,000 tonnes of waste a year.' }];
    expect(checkDraft('It will burn more than two-thirds of a million tonnes of waste a year.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('It will burn more than three-quarters of a million tonnes of waste a year.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('fractionsOfAUnit: one unit and a half, with "of" after it', () => {
  it('"within a day and a half of arrival" is 36 hours', () => {
    expect(findMentions('Within a day and a half of arrival, each family is given land.').map((m) => [m.text, m.kind, m.value, m.unit])).toEqual([['a day and a half', 'duration', 1.5, 'day']]);
    const source = [{ id: 's', text: 'Within 36 hours each family is allocated a patch of land and a tarpaulin.' }];
    expect(checkDraft('Within a day and a half of arrival, each family is given land.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Within a week and a half of arrival, each family is given land.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('fractionsOfAUnit: a unit and a half hyphened into a compound', () => {
  it('"the mile-and-a-half race" is 1.5 miles, the source\'s "one-and-a-half-mile race"', () => {
    expect(findMentions('He led the mile-and-a-half race.')[0]).toMatchObject({ text: 'mile-and-a-half', kind: 'quantity', value: 1.5 });
    const source = [{ id: 's', text: 'Justify went to the front, leading the one-and-a-half-mile race from wire to wire.' }];
    expect(checkDraft('Justify led the mile-and-a-half race from start to finish.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Justify led the mile-and-a-quarter race from start to finish.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('scanMentions: "and half" with no article, before a unit', () => {
  it('"jailed for ten and half years" is ten and a half years; "two and half of the pies" is not', () => {
    expect(findMentions('He was jailed for ten and half years.')[0]).toMatchObject({ kind: 'duration', value: 10.5 });
    expect(findMentions('He ate two and half of the pies.').map((m) => m.value)).toEqual([2, 0.5]);
    const source = [{ id: 's', text: 'Irons appeared at Norwich Crown Court on Friday, where he was jailed for ten and half years for manslaughter.' }];
    expect(checkDraft('Irons has been jailed for ten and a half years.', source)[0]?.verdict).toBe('supported');
  });
});
