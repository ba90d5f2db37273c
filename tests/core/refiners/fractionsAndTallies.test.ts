// Readings from race, court, council and fire copy: a glyph fraction, a hyphenated "and a half",
// a three-part duration, a vote's tally, ages that share one "years old", a set-by-set scoreline.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const read = (text: string) => findMentions(text).map((m) => [m.text, m.kind, m.value]);

describe('figure readings', () => {
  it('a glyph fraction belongs to its digits', () => {
    expect(read('The hearing lasted nearly 5½ hours.')).toEqual([['nearly 5½ hours', 'duration', 5.5]]);
    expect(read('a 2¼-mile course')[0]?.[2]).toBe(2.25);
  });
  it('"four-and-a-half years" is four and a half years', () => {
    expect(read('He was jailed for four-and-a-half years in 2005.')[0]).toEqual(['four-and-a-half years', 'duration', 4.5]);
    expect(read('She ran 3-and-a-half miles.')[0]?.[2]).toBe(3.5);
  });
  it('"two hours, six minutes, and 28 seconds" is one duration, and "2:06:28" is the same time', () => {
    const [spelled] = findMentions('He finished in two hours, six minutes, and 28 seconds, a personal best.');
    const [clock] = findMentions('He finished in 2:06:28, a personal best.');
    expect(spelled?.text).toBe('two hours, six minutes, and 28 seconds');
    expect(clock?.kind).toBe('duration');
    expect(clock?.value).toBeCloseTo(spelled?.value ?? 0, 6);
    // A time of day keeps its clock.
    expect(findMentions('The alarm sounded at 14:35:20 on Monday.')[0]?.kind).toBe('date');
  });
  it('"stopped the clock at 2:03:04": a one-digit hour told to the second is a race\'s time', () => {
    const [at] = findMentions('The Kenyan stopped the clock at 2:03:04, a course record.');
    expect(at?.text).toBe('2:03:04');
    expect(at?.kind).toBe('duration');
    expect(at?.value).toBeCloseTo(2 + 3 / 60 + 4 / 3600, 6);
    expect(checkDraft('She stopped the clock at 2:21:37.', [{ id: 's', text: 'She won in 2:21:37.' }])[0]?.verdict).toBe('supported');
  });
  it('"1min 11sec" is one time, the short "sec" a second as "secs" is', () => {
    expect(read('He won the stage by 1min 11sec.')).toEqual([['1min 11sec', 'duration', 1 + 11 / 60]]);
    expect(checkDraft('Winning margin: 1min 11sec', [{ id: 's', text: 'He won by one minute, 11 seconds.' }])[0]?.verdict).toBe('supported');
    expect(checkDraft('Winning margin: 1min 21sec', [{ id: 's', text: 'He won by one minute, 11 seconds.' }])[0]?.verdict).not.toBe('supported');
  });
  it('"1:06:19 seconds" is the same time with its last unit written out', () => {
    expect(read('She won the 2017 edition in 1:06:19 seconds.')[1]).toEqual(['1:06:19 seconds', 'duration', read('She won in 1:06:19.')[0]?.[2]]);
  });
  it('"second in 59:38" and "timed at 1:04:40" are race times; "a top three in 59:46" is no share', () => {
    expect(read('Ngeno was second in 59:38, and Kipkorir completed a Kenyan top three in 59:46.').map((r) => [r[0], r[1]]))
      .toEqual([['second', 'ordinal'], ['59:38', 'duration'], ['three', 'count'], ['59:46', 'duration']]);
    expect(read('Yehualaw was timed at 1:04:40.')).toEqual([['1:04:40', 'duration', read('She won in 1:04:40.')[0]?.[2]]]);
    expect(read('We met at 11:30.')[0]?.[1]).toBe('date');
  });
  it('a sprint time with its seconds left out ("took silver in 9.82") is seconds, in a story of a race on the track', () => {
    expect(read('Thompson took silver in the 100m in 9.82.').map((r) => [r[0], r[1]])).toEqual([['100m', 'quantity'], ['9.82', 'duration']]);
    const source = [{ id: 's', text: 'Kishane Thompson clocked 9.82 seconds to take silver in the 100m final.' }];
    expect(checkDraft('Thompson took silver in the 100m in 9.82.', source).find((c) => c.text === '9.82')?.verdict).toBe('supported');
    // Not a share price or a rate in a story with no race.
    expect(read('The shares closed in 9.82 territory.')[0]?.[1]).toBe('count');
  });
  it('a spaced em dash breaks the sentence; it joins no range', () => {
    expect(read('He finished in 2:06:28 — 82 seconds behind — again.').map((r) => r[0])).toEqual(['2:06:28', '82 seconds']);
  });
  it('a vote\'s tally is a pair, read exactly', () => {
    expect(read('The council voted 4 to 4 on the budget.')).toEqual([['4 to 4', 'score', 4]]);
    expect(read('It passed by a vote of 5 to 3.')).toEqual([['5 to 3', 'score', 5]]);
    const source = [{ id: 's', text: 'The council voted 4 to 4 on the budget on Monday.' }];
    expect(checkDraft('Councillors split 4-4 on the budget.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Councillors split 5-3 on the budget.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"the final vote was six to one" is a tally in words, met by the draft\'s "6-1"', () => {
    expect(read('The final vote was six to one.')).toEqual([['six to one', 'score', 6]]);
    const source = [{ id: 's', text: 'After two days of debate the final vote on the budget was six to one.' }];
    expect(checkDraft('The council passed the budget by 6-1.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The council passed the budget by 5-2.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"voted overwhelmingly by 462-124" is the margin a vote was carried by', () => {
    expect(read('MPs voted overwhelmingly by 462-124 to give the bill a second reading.')).toEqual([['462-124', 'score', 462]]);
    const source = [{ id: 's', text: 'MPs voted overwhelmingly by 462-124 to give the bill a second reading.' }];
    expect(checkDraft('MPs have voted 462 to 124 to give the bill a second reading.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('MPs have voted 462 to 142 to give the bill a second reading.', source)[0]?.verdict).not.toBe('supported');
  });
  it('two ages joined share one "years old" or "aged"', () => {
    expect(read('The men who died were 60 and 25 years old.').map((r) => r[1])).toEqual(['age', 'age']);
    expect(read('Two men, aged 60 and 28, were hurt.').map((r) => r[1])).toEqual(['count', 'age', 'age']);
    expect(read('aged 60 and 28 others were hurt').map((r) => r[1])).toEqual(['age', 'count']);
    const source = [{ id: 's', text: 'The firefighters who died were 60 and 25 years old, the commissioner said.' }];
    const claims = checkDraft('The two men who died, aged 60 and 28, were veterans.', source);
    expect(claims.find((c) => c.text === '60')?.verdict).toBe('supported');
    expect(claims.find((c) => c.text === '28')?.verdict).not.toBe('supported');
  });
  it('the first set of a scoreline is a score even when the second also reads as a range', () => {
    expect(read('The 4-6, 6-7 (7-4), 6-4 match was long.').map((r) => r[1])).toEqual(['score', 'score', 'score', 'score']);
  });
  it('"burns over 8 percent of her body" bounds nothing', () => {
    expect(findMentions('She suffered burns over 8 percent of her body.')[0]?.qualifier).toBeUndefined();
    expect(findMentions('She suffered burns to over 40 per cent of his body.')[0]?.qualifier).toBe('more-than');
  });
  it('"the initial report" states the first report', () => {
    const source = [{ id: 's', text: 'The initial report of the blaze came in at 3:13 a.m., officials said.' }];
    expect(checkDraft('The first report of the fire came in at 3:13 a.m.', source).find((c) => c.text === 'first')?.verdict).toBe('supported');
  });
  it('a gapped figure after a ranked name is that person\'s', () => {
    const source = [{ id: 's', text: 'Lopez won 150 points and No. 2 Sato 160.' }];
    expect(checkDraft('Lopez won fewer points than Sato: 150 to Sato\'s 160.', source).find((c) => c.text === '160')?.verdict).toBe('supported');
  });
});

describe('quarters and race gaps', () => {
  it('"four-and-a-quarter-mile" and "four and a quarter miles" are 4.25 miles', () => {
    expect(read('the four-and-a-quarter-mile marathon')[0]?.[2]).toBe(4.25);
    expect(read('It is four and a quarter miles long.')[0]?.[2]).toBe(4.25);
  });
  it('a gap between two riders\' times behind the leader', () => {
    const source = [{ id: 's', text: 'Okafor leads by four seconds from Lind, with Marsh third at 31 seconds.' }];
    expect(checkDraft('Marsh is third at 31 seconds, 27 seconds behind Lind.', source).find((c) => c.text === '27 seconds')?.verdict).toBe('supported');
    expect(checkDraft('Marsh is third at 31 seconds, 25 seconds behind Lind.', source).find((c) => c.text === '25 seconds')?.verdict).not.toBe('supported');
  });
});

describe('shares of change', () => {
  it('"32percent" is a percentage, not a code', () => {
    expect(read('Fees rose 32percent last year.')[0]).toEqual(['32percent', 'percent', 32]);
    expect(read('In 1996, 15.7per cent of exams got an A.')[1]).toEqual(['15.7per cent', 'percent', 15.7]);
  });
  it('"almost a third more than" and "by a fifth on 2012" are shares, "a third straight win" a rank', () => {
    expect(read('Fees will reach $10,302, almost a third more than in 2009.')[1]?.[1]).toBe('fraction');
    expect(read('It lifted the total by a fifth on 2012.')[0]?.[1]).toBe('fraction');
    expect(read('It was a third straight win.')[0]?.[1]).toBe('ordinal');
  });
  it('"rose by almost a fifth to £3.4bn" is a share, then the level it reached', () => {
    expect(read('Profit rose by almost a fifth to £3.4bn.')[0]).toEqual(['almost a fifth', 'fraction', 0.2]);
    expect(read('Sales fell by a third to 120,000.')[0]).toEqual(['a third', 'fraction', 1 / 3]);
    expect(checkDraft('Profit rose by almost a fifth to £3.4bn.', [{ id: 's', text: 'Profit was £3.4bn, up 19.4 per cent.' }])[0]?.verdict).toBe('supported');
    expect(read('He finished a fifth to last.')[0]?.[1]).not.toBe('fraction');
  });
});
