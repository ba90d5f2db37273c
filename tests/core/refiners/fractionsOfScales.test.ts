// Paraphrases a newsroom writes every day, read as the figures they are: "half a million",
// "a quarter of a million", "half a dozen", "1.5m people", and a partitive's whole set.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const verdicts = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]);

describe('fractions of scale words', () => {
  it('reads "half a million", "a quarter of a million" and "half a dozen" as one count each', () => {
    expect(findMentions('About half a million people fled.').map((m) => [m.text, m.value])).toEqual([['About half a million', 500_000]]);
    expect(findMentions('A quarter of a million homes lost power.').map((m) => m.value)).toEqual([250_000]);
    expect(findMentions('Half a dozen men came; a dozen stayed.').map((m) => m.value)).toEqual([6, 12]);
  });
  it('supports them against the figures in digits, and never reads "a million" on its own', () => {
    expect(verdicts('About half a million people fled the region.', 'Some 500,000 people fled the region, the UN said.')).toEqual([['About half a million', 'supported']]);
    expect(verdicts('Half a dozen people were hurt.', 'Six people were hurt in the crash.')).toEqual([['Half a dozen', 'supported']]);
  });
});

describe('"m" for million', () => {
  it('before a plural noun counts millions; before "tall", a race or a singular noun it is metres', () => {
    expect(findMentions('Some 1.5m people voted over 2m years.').map((m) => m.value)).toEqual([1_500_000, 2_000_000]);
    expect(findMentions('He is 1.8m tall, ran the 400m hurdles and built a 2m wall.').map((m) => [m.value, m.unit])).toEqual([[1.8, 'm'], [400, 'm'], [2, 'm']]);
    expect(verdicts('The company employs 1.5m people.', 'The company employs 1,500,000 people worldwide.')).toEqual([['1.5m', 'supported']]);
  });
  it('before another unit ("183m tonnes") or a noun of hours ("1.1m generation hours") it counts millions', () => {
    expect(findMentions('The plant burnt some 183m tonnes of coal across 1.1m generation hours.').map((m) => [m.value, m.unit ?? null])).toEqual([[183_000_000, 'tonne'], [1_100_000, null]]);
    expect(findMentions('The dam is 3m high and a 2m metal gate closes it.').map((m) => m.unit)).toEqual(['m', 'm']);
  });
  it('"over 1.1 million generation hours" after an amount is the period it was made in, not a bound', () => {
    expect(findMentions('It produced 500 terawatt hours of electricity over 1.1 million generation hours.')[1]?.qualifier).toBeUndefined();
    expect(findMentions('Fans of the club queued for over 10 hours.')[0]?.qualifier).toBe('more-than');
  });
});

describe('a partitive counts the whole set', () => {
  it('"two-thirds of the 300 delegates voted" states 300 delegates, not 300 votes', () => {
    expect(verdicts('Two-thirds of the 300 delegates voted yes.', 'Of the 300 delegates, 200 voted yes.')).toContainEqual(['300', 'supported']);
  });
});

describe('British clock times', () => {
  it('reads "9.25pm" and "10.15 a.m." as times and a bare "9.30" as a number', () => {
    expect(checkDraft('The crash happened at 9.25pm on Saturday.', [{ id: 's', text: 'The collision happened at 21:25 on Saturday.' }]).map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(findMentions('At 10.15 a.m. shares rose 9.30 points.').map((m) => m.kind)).toEqual(['date', 'count']);
  });
});


describe('decades and dates at a sentence end', () => {
  it('reads "the 1990s" as every year of the decade, and leaves the full stop after "3 March."', () => {
    expect(findMentions('The plant closed in the 1990s.').map((m) => [m.text, m.value, m.high])).toEqual([['1990s', 1990, 1999]]);
    expect(checkDraft('The plant closed in the 1990s.', [{ id: 's', text: 'The plant shut down in 1994.' }])[0]?.verdict).toBe('supported');
    expect(checkDraft('The plant closed in 1994.', [{ id: 's', text: 'The plant shut down in the 1990s.' }])[0]?.verdict).not.toBe('supported');
    expect(findMentions('He died on 3 March. He was 84.')[0]?.text).toBe('3 March');
    expect(findMentions('He died on 3 Mar. 2020 in Rome.')[0]?.text).toBe('3 Mar. 2020');
  });
});
