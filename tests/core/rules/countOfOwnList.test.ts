import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The mayor spoke at the depot on Friday. She promised "cleaner buses, cheaper fares, safer stations and later trains" if re-elected.' }];
const claim = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count');

describe('countOfOwnList: a count the draft spells out after a colon', () => {
  it('is supported when one source sentence names every item', () => {
    const c = claim('She made four promises: cleaner buses, cheaper fares, safer stations and later trains.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('the draft lists 4');
  });
  it('not when the list has another number of items', () => {
    expect(claim('She made five promises: cleaner buses, cheaper fares, safer stations and later trains.')?.verdict).not.toBe('supported');
  });
  it('not when an item is the draft\'s own', () => {
    expect(claim('She made four promises: cleaner buses, cheaper fares, free parking and later trains.')?.verdict).not.toBe('supported');
  });
  const clubs = [{ id: 's', text: 'Ahead of the walk, Jo Hart of Hilltop Ramblers - who organised it with Moor Striders and Dale Walkers - called the fees unfair.' }];
  it('a list of names in apposition: "two clubs, Moor Striders and Dale Walkers"', () => {
    expect(checkDraft('Hilltop Ramblers organised it with two clubs, Moor Striders and Dale Walkers.', clubs)[0]?.verdict).toBe('supported');
  });
  it('a comma before another clause opens no list', () => {
    expect(checkDraft('Hilltop Ramblers organised it with two clubs, and walkers came and went.', clubs)[0]?.verdict).not.toBe('supported');
  });
  it('a list of names ends where a lower-case word opens the next item', () => {
    expect(checkDraft('The club thanked two clubs, Moor Striders and Dale Walkers, and said the walk would go on.', clubs)[0]?.verdict).toBe('supported');
    expect(checkDraft('The club thanked three clubs, Moor Striders and Dale Walkers, and said the walk would go on.', clubs)[0]?.verdict).not.toBe('supported');
  });
  it('names right after the counted noun: "two other clubs Moor Striders and Dale Walkers"', () => {
    expect(checkDraft('Hart organised it with two other clubs Moor Striders and Dale Walkers.', clubs)[0]?.verdict).toBe('supported');
    expect(checkDraft('Hart organised it with three other clubs Moor Striders and Dale Walkers.', clubs)[0]?.verdict).not.toBe('supported');
    // A place after a preposition opens no list: "two others in Dale and one in Moor".
    expect(checkDraft('Hart organised it with two clubs in Dale and Moor.', clubs)[0]?.verdict).not.toBe('supported');
  });
  it('a list of determined phrases, closed by its "and" ("two parties, Sinn Fein and Alliance, and a minister")', () => {
    const source = [{ id: 's', text: 'The panel comprises politicians from Sinn Fein and the Alliance party, as well as a minister. The singer juggles a pen. Later an apple and a pineapple join in.' }];
    expect(checkDraft('It includes politicians from two parties, Sinn Fein and Alliance, and a minister.', source)[0]?.verdict).toBe('supported');
    // Named apart across sentences: the draft's own list, worked out from the draft.
    const c = checkDraft('His song has three objects, a pen, an apple and a pineapple, over a simple beat.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('draft');
    expect(checkDraft('His song has four objects, a pen, an apple and a pineapple, over a simple beat.', source)[0]?.verdict).not.toBe('supported');
    // An item the story never names is no grounded list.
    expect(checkDraft('His song has three objects, a pen, a banana and a pineapple, over a simple beat.', source)[0]?.verdict).not.toBe('supported');
  });
  it('the list before a count in apposition: "Mrs Hart, David and his sister, three people in all"', () => {
    const source = [{ id: 's', text: 'Mrs Hart said David woke her. "Me and his sister and him got out," she said.' }];
    expect(checkDraft('Mrs Hart, David and his sister, three people in all, fled the fire.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Mrs Hart, David and his sister, four people in all, fled the fire.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a bare list an "and" closes right after the counted noun: "three charges, conspiracy to murder, conspiracy to rape and robbery"', () => {
    const source = [{ id: 's', text: 'The two suspects are charged with conspiracy to murder, conspiracy to rape and robbery. Researchers logged the pose, along with reaching, grappling and mating.' }];
    const c = checkDraft('They face three charges, conspiracy to murder, conspiracy to rape and robbery, and could face death.', source).find((x) => x.text === 'three');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toMatch(/^Derived: the draft lists 3, and the source names each/);
    // Not a miscount, not items the source names apart, not a list after a later phrase.
    expect(checkDraft('They face four charges, conspiracy to murder, conspiracy to rape and robbery, and could face death.', source).find((x) => x.text === 'four')?.verdict).not.toBe('supported');
    expect(checkDraft('They face three charges, conspiracy to murder, arson and robbery.', source).find((x) => x.text === 'three')?.verdict).not.toBe('supported');
    expect(checkDraft('Scheel and his three students logged behaviours including the pose, reaching, grappling and mating.', source).find((x) => x.text === 'three')?.verdict).not.toBe('supported');
  });
  it('the counted noun may take an "of" phrase: "two kinds of sanction, warning orders and banning orders"', () => {
    const source = [{ id: 's', text: 'It will be able to issue warning and banning orders against agents acting dishonestly.' }];
    expect(checkDraft('The unit can issue two kinds of sanction, warning orders and banning orders, against agents.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The unit can issue three kinds of sanction, warning orders and banning orders, against agents.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a relative clause about an item is no item of its own ("the ITU, which manages …, and the ICAO")', () => {
    const bodies = [{ id: 's', text: 'The Itu manages the spectrum. The Icao has set itself a deadline of next year for tracking rules.' }];
    expect(checkDraft('Two agencies are involved: the Itu, which manages the spectrum, and the Icao, which set a deadline.', bodies)[0]?.verdict).toBe('supported');
    expect(checkDraft('Three agencies are involved: the Itu, which manages the spectrum, and the Icao, which set a deadline.', bodies)[0]?.verdict).not.toBe('supported');
  });
  it('names after the counted noun\'s "of": "the two regions of Donetsk and Luhansk"', () => {
    const regions = [{ id: 's', text: 'Soldiers fought in Donetsk and Luhansk, the report said.' }];
    expect(checkDraft('Soldiers won the key battles in the two regions of Donetsk and Luhansk.', regions)[0]?.verdict).toBe('supported');
    expect(checkDraft('Soldiers won the key battles in the three regions of Donetsk and Luhansk.', regions)[0]?.verdict).not.toBe('supported');
  });
});

describe('countOfOwnList: names just before a count in apposition', () => {
  const source = [{ id: 's', text: 'Campaigners say two-step checks should be the default at Apple, Microsoft and Google.' }];
  const count = (draft: string) => checkDraft(draft, source).find((c) => /^(?:three|four)$/.test(c.text))?.verdict;
  it('"Apple, Microsoft and Google, three of the biggest names in tech" counts its own list', () => {
    expect(count('Two-step checks should be the default at Apple, Microsoft and Google, three of the biggest names in tech.')).toBe('supported');
    expect(count('Two-step checks should be the default at Apple, Microsoft and Google, four of the biggest names in tech.')).not.toBe('supported');
  });
});

describe('countOfOwnList: a list set off by dashes', () => {
  const source = [{ id: 's', text: 'Supporters can vote for Zeke, Prince or Duke. Ripley, Billy McKay and Ryan Flynn were booked.' }];
  it('"three names — Zeke, Prince or Duke —" counts the names between the dashes', () => {
    const verdict = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;
    expect(verdict('Fans can choose from three names — Zeke, Prince or Duke — in a contest.')).toBe('supported');
    expect(verdict('Three of their players – Ripley, Billy McKay and Ryan Flynn – were booked.')).toBe('supported');
    expect(verdict('Fans can choose from four names — Zeke, Prince or Duke — in a contest.')).not.toBe('supported');
  });
  it('a long list the draft spells out: "seven states, Connecticut, …, New Hampshire and Maine"', () => {
    const source = [{ id: 's', text: 'Power failures were reported in Connecticut, Massachusetts, New Jersey, the Philadelphia area, New York, Rhode Island, New Hampshire and Maine.' }];
    const verdict = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;
    expect(verdict('Outages were reported in seven states, Connecticut, Massachusetts, New Jersey, New York, Rhode Island, New Hampshire and Maine.')).toBe('supported');
    expect(verdict('Outages were reported in eight states, Connecticut, Massachusetts, New Jersey, New York, Rhode Island, New Hampshire and Maine.')).not.toBe('supported');
  });
});
