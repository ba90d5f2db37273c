// Figures written in forms a scanner reading word by word misses: a hyphened scale ("$14.2-million",
// Canadian style), a hyphened compound between a figure and its unit of time ("three second-half
// minutes"), a rank hyphened to a noun after "dozen" ("three dozen second-prize tickets"), a
// comparative bound ("longer than 12 hours"), and British against American spelling.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

const read = (text: string) => findMentions(text).map((m) => ({ text: text.slice(m.start, m.end), kind: m.kind, value: m.value, high: m.high, unit: m.unit, qualifier: m.qualifier }));

describe('figures in compound forms', () => {
  it('reads "$14.2-million" as fourteen million dollars', () => {
    expect(read('The bridge cost $14.2-million to build.')).toEqual([{ text: '$14.2-million', kind: 'money', value: 14_200_000, unit: 'USD', qualifier: undefined }]);
  });
  it('reads "three second-half minutes" as three minutes', () => {
    expect(read('Two goals in three second-half minutes won it.')[1]).toMatchObject({ text: 'three second-half minutes', kind: 'duration', value: 3, unit: 'minute' });
  });
  it('reads "three dozen second-prize tickets" as 36, and "second" as a rank', () => {
    expect(read('Sales produced three dozen second-prize tickets.')).toMatchObject([{ text: 'three dozen', kind: 'count', value: 36 }, { text: 'second', kind: 'ordinal', value: 2 }]);
  });
  it('reads "longer than 12 hours" as a bound from below', () => {
    expect(read('Patients waited longer than 12 hours.')[0]).toMatchObject({ kind: 'duration', value: 12, qualifier: 'more-than' });
  });
});

describe('British and American spelling name the same things', () => {
  const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;
  it('"29 annual instalments" is the source\'s "29 annual installments"', () => {
    expect(verdict('It would be paid out in 29 annual instalments.', 'The jackpot would be paid out in 29 annual installments.')).toBe('supported');
  });
  it('"26,500 hospitalisations" is the source\'s "26,500 hospitalizations"', () => {
    expect(verdict('Salmonella causes 26,500 hospitalisations each year.', 'Salmonella causes 1.35 million illnesses and 26,500 hospitalizations every year.')).toBe('supported');
  });
  it('but "29 annual instalments" is not the source\'s 29 prizes', () => {
    expect(verdict('It would be paid out in 29 annual instalments.', 'The lottery gave 29 prizes this year.')).not.toBe('supported');
  });
});

describe('a decimal with no leading zero', () => {
  it('reads ".179%" as 0.179 per cent and ".300" as 0.3', () => {
    expect(read('A reading (BAC) of .179%.')[0]).toMatchObject({ text: '.179%', kind: 'percent', value: 0.179 });
    expect(read('He batted .300 last season.')[0]).toMatchObject({ text: '.300', value: 0.3 });
  });
  it('supports "0.179%" with the source\'s ".179%"', () => {
    expect(checkDraft('He recorded a breath alcohol reading of 0.179%.', [{ id: 's', text: 'He recorded a breath alcohol reading (BAC) of .179%.' }])[0]?.verdict).toBe('supported');
  });
});

describe('a level and the one it changed from are neighbours however far apart', () => {
  it('"The total at the end of August was 7.75 million, up from 7.68 million" is the source\'s 7.75 million people', () => {
    const claims = checkDraft('The total at the end of August was 7.75 million, up from 7.68 million in July.', [{ id: 's', text: 'Figures show 7.75 million people were waiting to start treatment at the end of August, up from 7.68 million in July.' }]);
    expect(claims.find((c) => c.text === '7.75 million')?.verdict).toBe('supported');
  });
});

describe('"second" before a noun it ranks', () => {
  it('reads "36 second place tickets" as 36, not 36 seconds', () => {
    const found = read('Sales produced 36 second place tickets.');
    expect(found[0]).toMatchObject({ text: '36', kind: 'count', value: 36 });
    expect(found.some((m) => m.kind === 'duration')).toBe(false);
  });
  it('still reads "36 seconds" as a length of time', () => {
    expect(read('It took 36 seconds.')[0]).toMatchObject({ kind: 'duration', value: 36, unit: 'second' });
  });
});

describe('a time with no am or pm', () => {
  const source = [{ id: 's', text: 'The bridge collapsed around 13:30 on Thursday afternoon, trapping eight vehicles.' }];
  const verdict = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'date')?.verdict;
  it('"half past one" and "1:30" may be 13:30', () => {
    expect(verdict('The bridge came down at about half past one on Thursday.')).toBe('supported');
    expect(verdict('The bridge came down at about 1:30 on Thursday.')).toBe('supported');
  });
  it('"2:30" is not', () => {
    expect(verdict('The bridge came down at about 2:30 on Thursday.')).not.toBe('supported');
  });
});

describe('a total of a hundred or more for ten wickets or fewer', () => {
  it('reads "Ireland made 165-5" as a score with no cricket word in its paragraph', () => {
    expect(read('Ireland made 165-5 after Thompson struck 56.')[0]).toMatchObject({ text: '165-5', kind: 'score', value: 165 });
  });
  it('is supported by the source\'s 165-5', () => {
    expect(checkDraft('Ireland made 165-5 after Thompson struck 56.', [{ id: 's', text: 'Thompson hit 56 and Wilson added runs as Ireland made 165-5 in Greater Noida.' }])[0]?.verdict).toBe('supported');
  });
});

describe('a cricket total with a slash', () => {
  it('reads "256/7" as runs for wickets, and leaves "24/7" and "25/6" alone', () => {
    expect(read('They scored 256/7 in the Pink ODI.')[0]).toMatchObject({ text: '256/7', kind: 'score', value: 256 });
    expect(read('Open 24/7 from 25/6.').some((m) => m.kind === 'score')).toBe(false);
  });
  it('"256 for seven" is the source\'s "256/7"', () => {
    expect(checkDraft('The Proteas had posted 256 for seven.', [{ id: 's', text: 'De Kock helped the Proteas score 256/7 in the Pink ODI.' }])[0]?.verdict).toBe('supported');
  });
});

describe('"taken to hospital" counts the hurt', () => {
  it('is the source\'s "six hospitalizations" and its "transported to area hospitals"', () => {
    expect(checkDraft('Six people have been taken to hospital, but no deaths have been reported.', [{ id: 's', text: 'There have been six hospitalizations, but no deaths.' }])[0]?.verdict).toBe('supported');
    expect(checkDraft('Fourteen people were taken to hospital after the bus flipped over.', [{ id: 's', text: 'A bus carrying 15 people flipped over on Sunday. Fourteen of the passengers were transported to area hospitals with injuries.' }])[0]?.verdict).toBe('supported');
  });
  it('but seven people taken to hospital are not six hospitalizations', () => {
    expect(checkDraft('Seven people have been taken to hospital.', [{ id: 's', text: 'There have been six hospitalizations, but no deaths.' }])[0]?.verdict).not.toBe('supported');
  });
});

describe('figures typeset with spaces', () => {
  it('reads "7 000 tickets" and "12 500 roubles" as one figure each, but not a list "3, 7 000"', () => {
    expect(read('Almost 7 000 tickets were sold.')[0]).toMatchObject({ text: 'Almost 7 000', value: 7000 });
    expect(read('It cost 12 500 roubles.')[0]).toMatchObject({ text: '12 500 roubles', value: 12500 });
    expect(read('About 1 000 000 people came.')[0]).toMatchObject({ value: 1_000_000 });
    expect(read('Scores were 3, 7 000.').map((m) => m.value)).not.toContain(7000);
  });
  it('reads a spaced "C" or "F" beside a temperature as its scale, and leaves "Group C" alone', () => {
    expect(read('The temperature reached 38.7 C (101.7 F) at Cambridge.').map((m) => [m.text, m.unit])).toEqual([['38.7 C', '°C'], ['101.7 F', '°F']]);
    expect(read('Group C has 4 F grades.').some((m) => m.unit === '°F')).toBe(false);
  });
  it('supports "38.7C" with the source\'s "38.7 C"', () => {
    expect(checkDraft('The temperature reached 38.7C at Cambridge.', [{ id: 's', text: 'The Met Office says the temperature reached 38.7 C (101.7 F) at Cambridge.' }])[0]?.verdict).toBe('supported');
  });
});

describe('race times, magnitudes and revised estimates', () => {
  it('reads "2 hours 16 minutes 34 seconds" as one time, the marathon\'s "2:16:34"', () => {
    expect(read('He clocked 2 hours 16 minutes 34 seconds.')[0]).toMatchObject({ text: '2 hours 16 minutes 34 seconds', kind: 'duration', unit: 'hour' });
    expect(checkDraft('Komen crossed the line in 2:16:34.', [{ id: 's', text: 'The 42-year-old clocked 2 hours 16 minutes 34 seconds.' }])[0]?.verdict).toBe('supported');
  });
  it('reads "a preliminary magnitude of 6.3" as a magnitude', () => {
    expect(read('An earthquake with a preliminary magnitude of 6.3 struck.')[0]).toMatchObject({ kind: 'quantity', unit: 'magnitude', value: 6.3 });
  });
  it('reads "upgraded the quake from a magnitude 6.9 to 7.2" as a revision, not a range', () => {
    expect(read('Seismologists upgraded the quake from a magnitude 6.9 to 7.2.')[0]).toMatchObject({ value: 6.9, high: undefined });
    expect(checkDraft('Seismologists upgraded the quake from an initial magnitude of 6.9.', [{ id: 's', text: 'Seismologists upgraded the quake from a magnitude 6.9 to 7.2.' }])[0]?.verdict).toBe('supported');
  });
});

describe('a share whose whole is left out', () => {
  it('"over half saw it restored" is the draft\'s "more than half of the affected households had their supply restored"', () => {
    const source = [{ id: 's', text: 'More than 119,000 households lost power as the typhoon swept through, though over half saw it restored by nightfall.' }];
    expect(checkDraft('Power cuts spread through the day, although more than half of the affected households had their supply restored by nightfall.', source)[0]?.verdict).toBe('supported');
  });
});

describe('the grain trade\'s "bus" for bushels', () => {
  const source = [{ id: 's', text: 'The USDA forecast U.S. wheat production this year at 2,268 million bus, up 44 million bus from the July forecast. The average corn yield was forecast at 123.4 bus per acre.' }];
  const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.startsWith(figure))?.verdict;
  it('"2.268 billion bushels" and "123.4 bushels an acre" are the source\'s bus', () => {
    expect(verdictOf('The department now expects wheat output of 2.268 billion bushels.', '2.268')).toBe('supported');
    expect(verdictOf('The expected average corn yield is 123.4 bushels an acre.', '123.4')).toBe('supported');
  });
  it('other figures are not', () => {
    expect(verdictOf('The department now expects wheat output of 2.468 billion bushels.', '2.468')).not.toBe('supported');
  });
});

describe('a jobs report\'s payrolls', () => {
  it('"non-farm payrolls are expected to average 144,000" counts jobs', () => {
    const source = [{ id: 's', text: 'Monthly gains in non-farm payrolls are expected to average 144,000 this year, economists said.' }];
    expect(checkDraft('Economists expect the economy to add an average of 144,000 jobs a month this year.', source).find((c) => c.text.startsWith('144,000'))?.verdict).toBe('supported');
  });
});
