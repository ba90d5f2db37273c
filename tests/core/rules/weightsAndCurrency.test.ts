// Pounds that weigh ("3,715.7 pounds (about 1,685 kilograms) of propellant", "9,000 pounds of
// cocaine"), an amount whose currency the source leaves out ("revenue … at 1.02bn" in a story of
// "$67m"), and the noun a contact relative leaves counted ("the 1,538 adults pollsters surveyed").
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('pounds of weight', () => {
  it('pounds of a material, or converted to a mass, weigh; pounds of money are money', () => {
    expect(findMentions('Orion had burned 3,715.7 pounds (about 1,685 kilograms) of propellant.')[0]?.unit).toBe('lb');
    expect(findMentions('The cutter seized 9,000 pounds of cocaine.')[0]?.unit).toBe('lb');
    expect(findMentions('It cost a million pounds of public money.')[0]?.unit).toBe('GBP');
    expect(findMentions('She won 5,000 pounds in the draw.')[0]?.unit).toBe('GBP');
    // What weighs is weight: "can weigh up to 530 pounds", "a baby weighing eight pounds".
    expect(findMentions('A male lion can weigh up to 530 pounds, or about 240kg.').map((m) => m.unit)).toEqual(['lb', 'kg']);
    expect(findMentions('He paid 300 pounds for the dog.').map((m) => m.unit)).toEqual([undefined]);
  });
  it('"the baby was 15 pounds" after a copula is a weight, unless the text prices in sterling', () => {
    expect(findMentions('The yet-unnamed baby was 15 pounds at her check-up.')[0]?.unit).toBe('lb');
    expect(verdictOf('The calf weighed 15lb at her check-up.', 'The yet-unnamed baby was 15 pounds at her check-up.', '15lb')).toBe('supported');
    expect(findMentions('Tickets were £20 last year; this year the ticket is 25 pounds.').map((m) => m.unit)).not.toContain('lb');
  });
  it('"more than four tons" restates "more than 9,000 pounds of cocaine"; the draft\'s own kilograms convert its pounds', () => {
    expect(verdictOf('The crews seized more than four tons of cocaine.', 'The crews seized more than 9,000 pounds of cocaine.', 'more than four tons')).toBe('supported');
    const source = 'As of Monday, a total of 3,715.7 pounds of propellant has been used.';
    expect(verdictOf('Orion had burned 3,715.7 pounds (about 1,685 kilograms) of propellant.', source, 'about 1,685 kilograms')).toBe('supported');
    expect(verdictOf('Orion had burned 3,715.7 pounds (about 1,900 kilograms) of propellant.', source, 'about 1,900 kilograms')).not.toBe('supported');
  });
});

describe('currencyDropped: the source leaves the currency out', () => {
  const source = 'Operating profit reached $67m. For the nine-month period, revenue was up 9.3% at 1.02bn, while EPS rose.';
  it('"$1.02 billion" is the source\'s "1.02bn" in a story told in dollars', () => {
    expect(verdictOf('Nine-month revenue rose 9.3% to $1.02 billion.', source, '$1.02 billion')).toBe('supported');
    expect(verdictOf('Nine-month revenue rose 9.3% to $1.05 billion.', source, '$1.05 billion')).not.toBe('supported');
    expect(verdictOf('Nine-month revenue rose 9.3% to £1.02 billion.', source, '£1.02 billion')).not.toBe('supported');
  });
});

describe('frames: a contact relative after the counted noun', () => {
  it('"the 1,538 adults pollsters surveyed" counts adults', () => {
    expect(verdictOf('Pollsters reached 1,538 adults by telephone.', 'Likely voters are a subset of the 1,538 adults pollsters surveyed by telephone.', '1,538')).toBe('supported');
  });
});

describe('frames: a word in "s" that is no plural noun', () => {
  it('"115,730 overseas students applied" counts students', () => {
    const source = 'A total of 115,730 overseas students applied for undergraduate places by the January deadline.';
    expect(verdictOf('By the January deadline, 115,730 international students had applied.', source, '115,730')).toBe('supported');
  });
});

describe('heads: a general noun covers its kinds', () => {
  it('"his three dogs" are the source\'s "his three pets"; not its three cars', () => {
    const source = 'A dog owner had to pay more than £500 for walking his three pets without a lead.';
    expect(verdictOf('The owner was fined after walking his three dogs without leads.', source, 'three')).toBe('supported');
    expect(verdictOf('The owner was fined after parking his three cars without permits.', 'He parked his three vans without permits.', 'three')).not.toBe('supported');
  });
});

describe('swappedPair: the two ends of a "from … to …" are levels in order, not a pair to cross', () => {
  const source = 'The increases will bring academic charges for undergraduates from Texas to $5,207 per semester. That is a total increase of 6.2 percent from the current semester charge of $4,903.';
  it('"take academic charges from $4,903 a semester to $5,207" states both as the source does', () => {
    expect(verdictOf('The increases will take academic charges for in-state undergraduates from $4,903 a semester to $5,207.', source, '$4,903')).toBe('supported');
    expect(verdictOf('The increases will take academic charges for in-state undergraduates from $4,903 a semester to $5,207.', source, '$5,207')).toBe('supported');
  });
});

describe('pounds converting a mass just before', () => {
  it('"42 kilograms of cannabis, or more than 90 pounds" is a weight, and the right conversion', () => {
    const m = findMentions('Officers seized 42 kilograms of cannabis, or more than 90 pounds, and eight firearms.').find((x) => x.text.includes('90'));
    expect(m?.kind).toBe('quantity');
    expect(m?.unit).toBe('lb');
    const src = [{ id: 's', text: 'Police seized 42kg of cannabis and eight firearms.' }];
    expect(checkDraft('Officers seized 42 kilograms of cannabis, or more than 90 pounds.', src).find((c) => c.text.includes('90'))?.verdict).toBe('supported');
    expect(checkDraft('Officers seized 42 kilograms of cannabis, or more than 95 pounds.', src).find((c) => c.text.includes('95'))?.verdict).not.toBe('supported');
  });
  it('pounds after a sum of money stay money', () => {
    expect(findMentions('The bill was £42, or more than 90 pounds in old money.').find((x) => x.text.includes('90'))?.kind).not.toBe('quantity');
  });
});

describe('cents hyphened into a compound', () => {
  it('"a 3-cent rise" is three cents, as "up 3 cents" is', () => {
    expect(findMentions('a 3-cent rise to $22.00 an hour').map((m) => [m.text, m.kind, m.value])).toEqual([['3-cent', 'money', 0.03], ['$22.00', 'money', 22]]);
    const src = [{ id: 's', text: 'Average hourly wage up 3 cents to $22 per hour.' }];
    expect(checkDraft('Staff saw a 3-cent rise to $22.00 an hour.', src).find((c) => c.text.includes('3-cent'))?.verdict).toBe('supported');
    expect(checkDraft('Staff saw a 5-cent rise to $22.00 an hour.', src).find((c) => c.text.includes('5-cent'))?.verdict).not.toBe('supported');
  });
});

describe('a source that leaves out the currency of a hedged amount', () => {
  it('"more than $23 billion" is the source\'s "over 23 billion" where it reckons in dollars', () => {
    const src = [{ id: 's', text: 'Apple generated $18.5 billion in operating cash flow and returned over 23 billion to shareholders in dividends and buybacks.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text.includes(figure))?.verdict;
    expect(on('Apple handed more than $23 billion back to shareholders.', '23')).toBe('supported');
    expect(on('Apple handed more than $25 billion back to shareholders.', '25')).not.toBe('supported');
  });
});
