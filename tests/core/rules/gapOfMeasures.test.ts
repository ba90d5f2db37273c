// A gap worded by position or a verb of outdoing ("1.3C above", "beats … by 0.2C", "0.7 stronger")
// between two measures of one unit the source gives sentences apart; and a running total carried
// to its figure ("bringing the total bill to £21,800") over sums of money paid for different things.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

describe('statedDifference: measures of one unit, sentences apart', () => {
  const source = 'The temperature reached 38.7C at a botanic garden in Cambridge. Officials confirmed the reading on Monday. The previous record was 38.5C, set in August 2003. Scientists warn the country could one day see 40C.';
  it('"beats the old record by 0.2C" is the gap between the new and the old record', () => {
    expect(verdictOf('The new high beats the previous record of 38.5C by 0.2C.', source, '0.2C')).toBe('supported');
    expect(verdictOf('The new high beats the previous record of 38.5C by 0.4C.', source, '0.4C')).not.toBe('supported');
  });
  it('"1.3C above the new record" is the gap to another level the source gives', () => {
    expect(verdictOf('The country may one day see 40C, just 1.3C above the new record.', source, '1.3C')).toBe('supported');
    expect(verdictOf('The country may one day see 40C, just 2.3C above the new record.', source, '2.3C')).not.toBe('supported');
  });
  it('a figure with no gap wording is no difference, and counts are not paired across sentences', () => {
    expect(verdictOf('Temperatures rose 0.2C at the garden.', source, '0.2C')).not.toBe('supported');
    const counts = 'Police arrested 12 people on Friday. Later that day, officers detained 9 more.';
    expect(verdictOf('The second raid netted three people fewer than the first.', counts, 'three')).not.toBe('supported');
  });
});

describe('statedDifference: a height above sea level is a level, not a gap', () => {
  const source = 'The plume rose 500 metres above the 725-metre peak. Ash fell 2,225 metres away.';
  it('"1,500 metres above sea level" is not the gap between two of the source\'s heights', () => {
    expect(verdictOf('The plume reached 1,500 metres above sea level.', source, '1,500 metres')).not.toBe('supported');
    expect(verdictOf('The plume reached 1,500 metres above the peak.', source, '1,500 metres')).toBe('supported');
  });
});

describe('statedDifference: a comparative of measure needs no "than"', () => {
  const source = 'An earthquake of magnitude 6.3 hit off the coast on Friday. It followed a magnitude 5.6 tremor one hour earlier.';
  it('"0.7 magnitude stronger" is the gap between the two quakes', () => {
    expect(verdictOf('It came an hour after a 5.6 tremor and was 0.7 magnitude stronger.', source, '0.7 magnitude')).toBe('supported');
    expect(verdictOf('It came an hour after a 5.6 tremor and was 0.9 magnitude stronger.', source, '0.9 magnitude')).not.toBe('supported');
  });
});

describe('totalOfSourceParts: a total carried to its figure, in money paid for different things', () => {
  const source = 'The firm was fined £20,000 and ordered to pay court costs of £1,800 after a worker was injured.';
  it('"bringing the total bill to £21,800" adds the fine and the costs', () => {
    expect(verdictOf('The company must pay a fine and costs, bringing the total bill to £21,800.', source, '£21,800')).toBe('supported');
    expect(verdictOf('The company must pay a fine and costs, bringing the total bill to £23,800.', source, '£23,800')).not.toBe('supported');
  });
  it('without a word that makes it a total, the sum is not read', () => {
    expect(verdictOf('The company must pay £21,800.', source, '£21,800')).not.toBe('supported');
  });
});

describe('totalOfSourceParts: a whole told with a part of it, over groups of people', () => {
  const source = 'At least 23 children and four adults were killed when a school bus plunged into a gorge.';
  it('"At least 27 people, 23 of them children" adds the children and the adults', () => {
    expect(verdictOf('At least 27 people, 23 of them children, were killed when a school bus crashed.', source, 'At least 27')).toBe('supported');
    expect(verdictOf('At least 29 people, 23 of them children, were killed when a school bus crashed.', source, 'At least 29')).not.toBe('supported');
    // Without the part told of it, the figure is no total.
    expect(verdictOf('At least 27 people were killed when a school bus crashed.', source, 'At least 27')).not.toBe('supported');
  });
});

describe('statedDifference: the gap to a norm', () => {
  const source = 'The court heard he was probably travelling at about 50mph in a 30mph zone.';
  it('"about 50mph, 20mph over the 30mph limit" is the draft\'s own arithmetic', () => {
    expect(verdictOf('He was travelling at about 50mph, 20mph over the 30mph limit.', source, '20mph')).toBe('supported');
    expect(verdictOf('He was travelling at about 50mph, 25mph over the 30mph limit.', source, '25mph')).not.toBe('supported');
  });
});

describe('hedgedConversion: a hedge copied onto a converted amount', () => {
  const source = 'A 7.2 is going to happen over a pretty long fault, probably close to 50 miles long.';
  it('"close to 80 kilometres" is the source\'s "close to 50 miles"', () => {
    expect(verdictOf('A quake that size happens along a fault probably close to 80 kilometres long.', source, 'close to 80 kilometres')).toBe('supported');
    expect(verdictOf('A quake that size happens along a fault probably close to 90 kilometres long.', source, 'close to 90 kilometres')).not.toBe('supported');
  });
});

describe('totals worked out with "meaning"', () => {
  const source = 'The 50 delegations are headed by 36 presidents, nine prime ministers and four foreign ministers. '
    + 'The earthquake led to the collapse of more than 12,000 homes and left 30,000 more damaged.';
  it('"36 … and nine …, meaning 45" adds the draft\'s own figures', () => {
    expect(verdictOf('Of the leaders, 36 were presidents and nine prime ministers, meaning 45 were heads of state or government.', source, '45')).toBe('supported');
    expect(verdictOf('Of the leaders, 36 were presidents and nine prime ministers, meaning 47 were heads of state or government.', source, '47')).not.toBe('supported');
  });
  it('"meaning upwards of 42,000 homes were hit" is a sum of a bound and a figure, not a restatement of the bound', () => {
    expect(verdictOf('More than 12,000 homes collapsed and another 30,000 were damaged, meaning upwards of 42,000 homes were hit.', source, 'upwards of 42,000')).toBe('supported');
    expect(verdictOf('More than 12,000 homes collapsed and another 30,000 were damaged, meaning upwards of 52,000 homes were hit.', source, 'upwards of 52,000')).not.toBe('supported');
  });
});

describe('statedDifference: the size of a change the sentence gives both ends of', () => {
  const source = 'The change for September was revised up to +191,000 from +156,000. Pre-tax profit declined to £239m from £344m last year.';
  it('"raised to 191,000 from 156,000, an upgrade of 35,000" and "a fall of more than £100m"', () => {
    expect(verdictOf('September\'s gain was raised to 191,000 from 156,000, an upgrade of 35,000.', source, '35,000')).toBe('supported');
    expect(verdictOf('September\'s gain was raised to 191,000 from 156,000, an upgrade of 45,000.', source, '45,000')).not.toBe('supported');
    expect(verdictOf('Pre-tax profit slid to £239m from £344m, a fall of more than £100m.', source, 'more than £100m')).toBe('supported');
  });
});

describe('statedDifference: "an extra N" between two levels the sentence gives', () => {
  const source = 'The school would increase its admission number from 45 to 60 pupils a year.';
  it('"from 45 to 60 pupils – an extra 15 a year" is the draft\'s own arithmetic', () => {
    expect(verdictOf('The plan raises the intake from 45 to 60 pupils in each year group – an extra 15 a year.', source, '15')).toBe('supported');
    expect(verdictOf('The plan raises the intake from 45 to 60 pupils in each year group – an extra 20 a year.', source, '20')).not.toBe('supported');
  });
});
