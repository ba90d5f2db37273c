// "more than an hour" is a bounded hour; "£9 an hour" stays a rate.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('hedgedAUnit', () => {
  it('reads one unit named with "a" behind a hedge as a bounded length', () => {
    expect(findMentions('The strikes lasted more than an hour.').map((m) => [m.text, m.kind, m.value, m.unit, m.qualifier]))
      .toEqual([['more than an hour', 'duration', 1, 'hour', 'more-than']]);
    expect(findMentions('The depot is less than a mile away.')[0]).toMatchObject({ kind: 'quantity', unit: 'mile', qualifier: 'less-than' });
  });
  it('reads no figure in a rate or a bare "an hour"', () => {
    expect(findMentions('He is paid £9 an hour and calls twice a week.').map((m) => m.text)).toEqual(['£9']);
    expect(findMentions('It took an hour.')).toEqual([]);
    // "over" and "under" are as often prepositions: "run over a mile and a quarter".
    expect(findMentions('The race is run over a mile.')).toEqual([]);
  });
  it('so a bound turned the other way is a contradiction', () => {
    const source = [{ id: 's', text: 'The clinic was hit by a series of strikes lasting more than an hour on Saturday.' }];
    expect(checkDraft('The clinic was hit by strikes lasting less than an hour.', source)[0]?.verdict).toBe('contradicted');
    expect(checkDraft('The clinic was hit by strikes lasting more than an hour.', source)[0]?.verdict).toBe('supported');
  });
  it('reads a length of time after "for" or "within" ("suspended for a week")', () => {
    expect(findMentions('She was suspended for a week.').map((m) => [m.text, m.kind, m.value, m.unit])).toEqual([['a week', 'duration', 1, 'week']]);
    const source = [{ id: 's', text: 'ESPN announced that she would be suspended for a week.' }];
    expect(checkDraft('ESPN said she would be suspended for seven days.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('ESPN said she would be suspended for ten days.', source)[0]?.verdict).not.toBe('supported');
  });
  it('reads "a week earlier", "a year later" as a length an event is told from', () => {
    expect(findMentions('He made the call a week earlier. A year later he died.').map((m) => [m.text, m.kind, m.unit])).toEqual([['a week', 'duration', 'week'], ['A year', 'duration', 'year']]);
    const source = [{ id: 's', text: 'The man died on 27 October, two days after making the call.' }];
    expect(checkDraft('The man died on 27 October, having made the call a week earlier.', source).find((c) => c.text === 'a week')?.verdict).not.toBe('supported');
    // Half an hour is half of it, not "an hour".
    expect(findMentions('The hearing resumed less than half an hour later.').some((m) => m.text === 'an hour')).toBe(false);
  });
});


describe('hedgedAUnit: "a second" before its noun', () => {
  it('"pushing for a second goal" is no length of one second', () => {
    expect(findMentions('They kept pushing for a second goal after the break.').filter((m) => m.kind === 'duration')).toEqual([]);
    expect(findMentions('The light went out for a second.')[0]).toMatchObject({ kind: 'duration', value: 1 });
  });
});

describe('hedgedAUnit: "in an hour"', () => {
  it('"50mm of rain fell in an hour" is a length of one hour, which "in one hour" restates', () => {
    expect(findMentions('Some 50mm of rain fell in an hour.').find((m) => m.kind === 'duration')).toMatchObject({ text: 'an hour', value: 1, unit: 'hour' });
    const source = [{ id: 's', text: 'BBC Weather said 50mm of rain fell in Cambridgeshire in an hour.' }];
    expect(checkDraft('Floods hit Cambridgeshire after 50mm of rain fell in one hour.', source).find((c) => c.kind === 'duration')?.verdict).toBe('supported');
    expect(checkDraft('Floods hit Cambridgeshire after 50mm of rain fell in two hours.', source).find((c) => c.kind === 'duration')?.verdict).not.toBe('supported');
  });
});
