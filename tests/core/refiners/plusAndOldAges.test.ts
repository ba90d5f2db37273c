// Readings from wildfire, longevity and golf copy: "230,000+ acres", "who is 122.", "at 7 under after a 67".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('a plus sign bounds from below', () => {
  it('"230,000+ Acres" is at least 230,000 acres', () => {
    expect(findMentions('Fires: 8 dead, 230,000+ Acres burned').map((m) => [m.text, m.kind, m.qualifier])).toEqual([['8', 'count', undefined], ['230,000+ Acres', 'quantity', 'more-than']]);
    expect(findMentions('5+3 makes 8').map((m) => m.qualifier)).toEqual([undefined, undefined, undefined]);
  });
  it('supports "more than 230,000 acres" only as the bound it is', () => {
    const source = [{ id: 's', text: 'Wildfires: 230,000+ acres burned this week.' }];
    expect(checkDraft('Fires have burned more than 230,000 acres.', source)[0]?.verdict).toBe('supported');
  });
});

describe('an age in a relative clause on a named person', () => {
  it('"…, who is 122." is an age, up to the oldest on record', () => {
    expect(findMentions('A party was held for Maria Duarte, who is 122.').map((m) => [m.kind, m.value])).toEqual([['age', 122]]);
    expect(findMentions('They beat Leeds, who were 3 points behind.')[0]?.kind).toBe('count');
    const source = [{ id: 's', text: 'Officials threw a party for Maria Duarte, who is 122 years old.' }];
    expect(checkDraft('Officials held a party for Maria Duarte, who is 122.', source)[0]?.verdict).toBe('supported');
  });
});

describe('a score against par on a leaderboard', () => {
  it('"at 7 under after a 5-under 67" is seven under par', () => {
    expect(findMentions('Leishman is his closest challenger at 7 under after a 5-under 67.').map((m) => m.text)).toEqual(['7 under', '5-under', '67']);
    expect(findMentions('They met at 7 under the bridge.').map((m) => m.kind)).toEqual(['count']);
  });
});

describe('statedDifference: "short of"', () => {
  const source = [{ id: 's', text: 'Northolt reached 32C on Monday. The year\'s high is 32.7C, set in June.' }];
  it('"0.7C short of the year\'s high of 32.7C" is the gap to the draft\'s own 32C', () => {
    expect(checkDraft('Northolt reached 32C, just 0.7C short of the year\'s high of 32.7C.', source).find((c) => c.text === '0.7C')?.verdict).toBe('supported');
    expect(checkDraft('Northolt reached 32C, just 1.7C short of the year\'s high of 32.7C.', source).find((c) => c.text === '1.7C')?.verdict).not.toBe('supported');
  });
});

describe('a plus sign read as "more than"', () => {
  it('also supports "at least", never a larger bound', () => {
    const source = [{ id: 's', text: 'Wildfires: 230,000+ acres burned this week.' }];
    expect(checkDraft('Fires have burned at least 230,000 acres.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Fires have burned more than 300,000 acres.', source)[0]?.verdict).not.toBe('supported');
  });
});
