// Readings from bulletins, results services and sports roundups: an age band labelling a table
// row ("1 to 10 years: 53 cases"), an age range after "aged between", a bound told by a verb of
// passing ("readings exceeded 1,500 degrees"), and "No. 4 seed", "No. 18" as places in a series.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('age bands', () => {
  it('a band of years labelling a row is an age band; "aged between" takes a range of ages', () => {
    expect(findMentions('Age 1 to 10 years: 53 cases\n11 to 18 years: 15 cases').map((m) => m.kind)).toEqual(['age', 'count', 'age', 'count']);
    expect(findMentions('Most are aged between one and 10.').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 1, 10]]);
    // So does "aged from": labour statistics' "people aged from 16 to 64" is the draft's "aged 16 to 64".
    expect(findMentions('the proportion of people aged from 16 to 64 who were in work').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 16, 64]]);
    expect(verdictOf('The employment rate for people aged 16 to 64 hit 75.4%.', 'The employment rate (the proportion of people aged from 16 to 64 who were in work) was 75.4%.', '16 to 64')).toBe('supported');
    expect(findMentions('He was jailed for 1 to 10 years.').map((m) => m.kind)).toEqual(['duration']);
    // The years after an age word are its unit: "aged between 1 and 2 years".
    expect(findMentions('Most cases are aged between 1 and 2 years.').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 1, 2]]);
    expect(verdictOf('Most of the children are aged between one and two.', 'Most confirmed cases are aged between 1 and 2 years.', 'between one and two')).toBe('supported');
  });
  it('the draft\'s age range meets the table\'s row', () => {
    const source = 'Age 1 to 10 years: 53 cases\n11 to 18 years: 15 cases\n19 to 29 years: one case';
    expect(verdictOf('Fifty-three of the patients are aged between one and 10.', source, 'between one and 10')).toBe('supported');
  });
});

describe('bounds told by a verb of passing', () => {
  it('"readings exceeded 1,500 degrees" is more than 1,500, as the draft\'s "exceeding 1,500" is', () => {
    expect(findMentions('Temperature readings exceeded 1,500 degrees Fahrenheit.')[0]?.qualifier).toBe('more-than');
    const source = 'Temperature readings exceeded 1,500 degrees Fahrenheit inside the structure.';
    expect(verdictOf('With temperatures inside exceeding 1,500 degrees Fahrenheit, crews fought the fire from outside.', source, 'exceeding 1,500 degrees Fahrenheit')).toBe('supported');
  });
});

describe('"No." and a number name a place in a series', () => {
  const source = 'French No. 4 seed Caroline Garcia got past Ena Shibahara. No. 5 seed Magdalena Frech will face Ashlyn Krueger.';
  it('"Fourth seed" is the source\'s "No. 4 seed", and "fifth seed" its "No. 5 seed"', () => {
    expect(verdictOf('Fourth seed Caroline Garcia reached the quarterfinals.', source, 'Fourth')).toBe('supported');
    expect(verdictOf('Sixth seed Caroline Garcia reached the quarterfinals.', source, 'Sixth')).not.toBe('supported');
  });
  it('"No. 18" where a golfer plays is a place, not a count of 18', () => {
    expect(findMentions('He chipped in at No. 18 to get back to par.')[0]?.kind).toBe('ordinal');
    expect(findMentions('No. 10 Downing Street staff, 18 of them, left.').map((m) => m.kind)).toContain('count');
  });
});

describe('heads: a triumph is a win', () => {
  it('"a 25-22 win" is the source\'s "a dramatic 25-22 triumph"', () => {
    const source = 'Barrett kicked a penalty after the hooter to secure the Hurricanes a dramatic 25-22 triumph over the Highlanders.';
    expect(verdictOf('Barrett kicked a late penalty to give the Hurricanes a 25-22 win over the Highlanders.', source, '25-22')).toBe('supported');
  });
});

describe('namesWithNumbers: a name that opens a sentence', () => {
  it('"Place 4 is headed to a runoff" is a seat\'s name where the text also writes "In Place 5" mid-sentence', () => {
    expect(findMentions('In Place 5, the incumbent won. Place 4 is headed to a runoff.').filter((m) => m.code === undefined)).toEqual([]);
    // Alone at a sentence's start, a capitalised word before a number may be any word.
    expect(findMentions('Seven people died. Hospitals 4 miles away were full.').map((m) => m.value)).toContain(4);
  });
});

describe('namesWithNumbers: flights and model variants', () => {
  it('"Flight 880, a Boeing 767-300" names a flight and a plane, and counts nothing', () => {
    const ms = findMentions('Flight 880, a Boeing 767-300 bound for Heathrow, carried 220 people.');
    expect(ms.map((m) => m.code ?? m.value)).toEqual(['Flight 880', 'Boeing 767-300', 220]);
  });
});

describe('"-plus" bounds its figure from below', () => {
  it('"$65-plus billion" is more than $65bn, and meets the draft\'s "more than $65 billion"', () => {
    const [m] = findMentions('The top 10 make up a whopping $65-plus billion in projects.').filter((x) => x.kind === 'money');
    expect([m?.value, m?.qualifier]).toEqual([65e9, 'more-than']);
  });
});
