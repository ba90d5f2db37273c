import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions, type Mention } from '../../core/index.ts';

/** The single mention whose text is `span`, checked to sit at `span`'s offset in `text`. */
function mentionAt(text: string, span: string, from = 0): Mention {
  const start = text.indexOf(span, from);
  expect(start, `"${span}" must occur in the text`).toBeGreaterThanOrEqual(0);
  const found = findMentions(text).filter((m) => m.start === start && m.end === start + span.length);
  expect(found.map((m) => m.text), `mention "${span}" at ${start} in ${JSON.stringify(findMentions(text).map((m) => [m.start, m.text]))}`).toEqual([span]);
  const m = found[0] as Mention;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

describe('cardinals', () => {
  it('reads digits with separators and number words', () => {
    const t = 'Officials counted 45 dead, 1,300 homes and three people, then Six more.';
    expect(mentionAt(t, '45')).toMatchObject({ kind: 'count', value: 45 });
    expect(mentionAt(t, '1,300')).toMatchObject({ kind: 'count', value: 1300 });
    expect(mentionAt(t, 'three')).toMatchObject({ kind: 'count', value: 3 });
    expect(mentionAt(t, 'Six')).toMatchObject({ kind: 'count', value: 6 });
  });
  it('reads scales, compound words and magnitudes', () => {
    const t = 'Some 1.2 million voters, twenty-five judges, one hundred and five ships, a dozen eggs and tens of thousands of fans.';
    expect(mentionAt(t, 'Some 1.2 million')).toMatchObject({ value: 1_200_000, qualifier: 'approximately' });
    expect(mentionAt(t, 'twenty-five')).toMatchObject({ value: 25 });
    expect(mentionAt(t, 'one hundred and five')).toMatchObject({ value: 105 });
    expect(mentionAt(t, 'a dozen')).toMatchObject({ value: 12 });
    const tens = mentionAt(t, 'tens of thousands');
    expect(tens.value).toBe(10_000);
    expect(tens.high).toBeGreaterThan(10_000);
  });
  it('reads "tens of thousand", a slip for the plural, as the same vague figure', () => {
    const t = 'The book sold tens of thousand of copies.';
    expect(mentionAt(t, 'tens of thousand')).toMatchObject({ value: 10_000, qualifier: 'approximately' });
    expect(checkDraft('The book has sold tens of thousands of copies.', [{ id: 's', text: t }])[0]?.verdict).toBe('supported');
  });
  it('finds the 6 inside "(6 seriously)" and the number glued to its unit', () => {
    const t = 'Casualties: 3 killed, 45 injured (6 seriously), more than 1,000km from the border.';
    expect(mentionAt(t, '6')).toMatchObject({ kind: 'count', value: 6 });
    expect(mentionAt(t, 'more than 1,000km')).toMatchObject({ kind: 'quantity', value: 1000, unit: 'km', qualifier: 'more-than' });
  });
  it('keeps names with digits apart from amounts', () => {
    const t = 'The F-16 pilot and COVID-19 patients.';
    expect(mentionAt(t, 'F-16')).toMatchObject({ code: 'F-16' });
    expect(mentionAt(t, 'COVID-19')).toMatchObject({ code: 'COVID-19' });
  });
});

describe('ordinals, ages, years and scores', () => {
  const t = 'It was the second strike, on the 12th, by a 39-year-old; in 2022 they won 3-1 for a twenty-first title.';
  it('reads each kind', () => {
    expect(mentionAt(t, 'second')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(mentionAt(t, '12th')).toMatchObject({ kind: 'ordinal', value: 12 });
    expect(mentionAt(t, '39-year-old')).toMatchObject({ kind: 'age', value: 39 });
    expect(mentionAt(t, '2022')).toMatchObject({ kind: 'year', value: 2022 });
    expect(mentionAt(t, '3-1')).toMatchObject({ kind: 'score', value: 3, high: 1 });
    expect(mentionAt(t, 'twenty-first')).toMatchObject({ kind: 'ordinal', value: 21 });
  });
  it('reads "12-year-olds" and "as young as 12" as ages', () => {
    expect(mentionAt('The law lets 12-year-olds work.', '12-year-olds')).toMatchObject({ kind: 'age', value: 12 });
    expect(mentionAt('The law lets children as young as 12 work.', '12')).toMatchObject({ kind: 'age', value: 12 });
  });
  it('reads a euro sign read in the wrong encoding ("â‚¬86bn") as euros', () => {
    expect(mentionAt('Athens got â‚¬86bn of new credit.', '¬86bn')).toMatchObject({ kind: 'money', value: 86e9 });
  });
  it('reads a possessive month as the month ("February\'s Genesis Open"), not an ambiguous one ("May\'s plan")', () => {
    expect(mentionAt("He won February's Genesis Open.", "February's")).toMatchObject({ kind: 'date' });
    expect(findMentions("Theresa May's plan failed.")).toEqual([]);
  });
  it('does not read "a second" of time as an ordinal', () => {
    expect(findMentions('Wait a second.').map((m) => m.text)).toEqual([]);
  });
  it('reads "2000 people" as a count, not a year', () => {
    expect(mentionAt('About 2000 people came.', 'About 2000')).toMatchObject({ kind: 'count', value: 2000 });
  });
});

describe('percentages and fractions', () => {
  const t = 'Around 20% voted, 20 percent abstained, 5 per cent spoiled; a fifth of them left, one in five stayed, two-thirds agreed and half of them cheered.';
  it('reads each form', () => {
    expect(mentionAt(t, 'Around 20%')).toMatchObject({ kind: 'percent', value: 20, unit: '%', qualifier: 'approximately' });
    expect(mentionAt(t, '20 percent')).toMatchObject({ kind: 'percent', value: 20 });
    expect(mentionAt(t, '5 per cent')).toMatchObject({ kind: 'percent', value: 5 });
    expect(mentionAt(t, 'a fifth')).toMatchObject({ kind: 'fraction', value: 0.2 });
    expect(mentionAt(t, 'one in five')).toMatchObject({ kind: 'fraction', value: 0.2 });
    expect(mentionAt(t, 'two-thirds').value).toBeCloseTo(2 / 3);
    expect(mentionAt(t, 'half')).toMatchObject({ kind: 'fraction', value: 0.5 });
  });
  it('reads basis points and "half a percentage point" as percentage points', () => {
    const t = 'The bank raised rates by 50 basis points, then by half a percentage point, then 25bps.';
    expect(mentionAt(t, '50 basis points')).toMatchObject({ kind: 'percent', value: 0.5, unit: 'pp' });
    expect(mentionAt(t, 'half a percentage point')).toMatchObject({ kind: 'percent', value: 0.5, unit: 'pp' });
    expect(mentionAt(t, '25bps')).toMatchObject({ kind: 'percent', value: 0.25, unit: 'pp' });
    const source = [{ id: 's', text: 'The central bank raised interest rates by 50 basis points.' }];
    expect(checkDraft('The central bank lifted its cash rate by half a percentage point.', source)[0]?.verdict).toBe('supported');
  });
  it('reads a mixed number: "nearly 2 1/2 years ago", "a 3 3/4-mile course"', () => {
    expect(mentionAt('It went public nearly 2 1/2 years ago.', 'nearly 2 1/2 years ago').value).toBe(2.5);
    expect(mentionAt('They ran a 3 3/4-mile course.', '3 3/4-mile')).toMatchObject({ kind: 'quantity', value: 3.75, unit: 'mile' });
  });
  it('reads "a third quarter" as an ordinal, not a fraction', () => {
    expect(mentionAt('It reported a third quarter loss.', 'third')).toMatchObject({ kind: 'ordinal', value: 3 });
  });
  it('reads "a sixth-minute penalty" as an ordinal: the hyphen joins it to its noun', () => {
    expect(mentionAt('Austin scored with a sixth-minute penalty.', 'sixth')).toMatchObject({ kind: 'ordinal', value: 6 });
    expect(mentionAt('Austin scored with a sixth-minute penalty.', 'sixth').text).toBe('sixth');
  });
});

describe('"one" standing for a noun', () => {
  it('is no count in "the third one granted", "this one"', () => {
    expect(findMentions('It was the third one granted. This one is new.').map((m) => m.text)).toEqual(['third']);
    expect(findMentions('One man died.').map((m) => m.text)).toEqual(['One']);
  });
});

describe('days the calendar names', () => {
  it('reads "Christmas Eve", "Boxing Day", "New Year\'s Day" as their dates', () => {
    const t = "They agreed on Christmas Eve, played on Boxing Day and signed on New Year's Day.";
    expect(mentionAt(t, 'Christmas Eve').date).toMatchObject({ category: 'day:12-24' });
    expect(mentionAt(t, 'Boxing Day').date).toMatchObject({ category: 'day:12-26' });
    expect(mentionAt(t, "New Year's Day").date).toMatchObject({ category: 'day:01-01' });
    const source = [{ id: 's', text: 'Chelsea agreed a deal on 23 December to sell Oscar.' }];
    expect(checkDraft('Chelsea agreed on Christmas Eve to sell Oscar.', source)[0]?.verdict).toBe('contradicted');
  });
});

describe('pence', () => {
  it('reads "5p" and "five pence" as pounds, so the two are one amount', () => {
    const t = 'Shoppers pay a 5p charge, five pence a bag.';
    expect(mentionAt(t, '5p')).toMatchObject({ kind: 'money', value: 0.05, unit: 'GBP' });
    expect(mentionAt(t, 'five pence')).toMatchObject({ kind: 'money', value: 0.05, unit: 'GBP' });
  });
  it('reads a compound\'s "400-pence-per-share" as the same amount as "400p-a-share"', () => {
    expect(mentionAt('a hostile 400-pence-per-share bid', '400-pence')).toMatchObject({ kind: 'money', value: 4, unit: 'GBP' });
    expect(mentionAt('a hostile 400p-a-share approach', '400p')).toMatchObject({ kind: 'money', value: 4, unit: 'GBP' });
  });
});

describe('money', () => {
  const t = 'Deals of $1.2 billion, €30 million, £2,100, 3 million dollars, US$5m and $10bn.';
  it('reads currency, scale and amount', () => {
    expect(mentionAt(t, '$1.2 billion')).toMatchObject({ kind: 'money', value: 1.2e9, unit: 'USD' });
    expect(mentionAt(t, '€30 million')).toMatchObject({ kind: 'money', value: 3e7, unit: 'EUR' });
    expect(mentionAt(t, '£2,100')).toMatchObject({ kind: 'money', value: 2100, unit: 'GBP' });
    expect(mentionAt(t, '3 million dollars')).toMatchObject({ kind: 'money', value: 3e6, unit: 'USD' });
    expect(mentionAt(t, 'US$5m')).toMatchObject({ kind: 'money', value: 5e6, unit: 'USD' });
    expect(mentionAt(t, '$10bn')).toMatchObject({ kind: 'money', value: 1e10, unit: 'USD' });
  });
});

describe('quantities, ranges and qualifiers', () => {
  it('reads units in words, abbreviations and conversions', () => {
    const t = 'The drones flew about 1,300 kilometres, or 800 miles, carrying 40 kg for two hours.';
    expect(mentionAt(t, 'about 1,300 kilometres')).toMatchObject({ kind: 'quantity', value: 1300, unit: 'km', qualifier: 'approximately' });
    expect(mentionAt(t, '800 miles')).toMatchObject({ kind: 'quantity', value: 800, unit: 'mile' });
    expect(mentionAt(t, '40 kg')).toMatchObject({ kind: 'quantity', value: 40, unit: 'kg' });
    expect(mentionAt(t, 'two hours')).toMatchObject({ kind: 'duration', value: 2, unit: 'hour' });
  });
  it('reads ranges', () => {
    const t = 'Queues of 5-7 km, between 10 and 20 lorries, 10 to 20 miles.';
    expect(mentionAt(t, '5-7 km')).toMatchObject({ value: 5, high: 7, unit: 'km' });
    expect(mentionAt(t, 'between 10 and 20')).toMatchObject({ value: 10, high: 20 });
    expect(mentionAt(t, '10 to 20 miles')).toMatchObject({ value: 10, high: 20, unit: 'mile' });
  });
  it('keeps each hedge as part of the claim', () => {
    const cases: [string, string][] = [
      ['about 50', 'approximately'], ['around 50', 'approximately'], ['roughly 50', 'approximately'],
      ['nearly 50', 'at-most'], ['almost 50', 'at-most'], ['some 50', 'approximately'], ['more than 50', 'more-than'],
      ['over 50', 'more-than'], ['at least 50', 'at-least'], ['up to 50', 'at-most'], ['fewer than 50', 'less-than'],
      ['less than 50', 'less-than'], ['under 50', 'less-than'],
    ];
    for (const [phrase, q] of cases) {
      const t = `They said ${phrase} boats sank.`;
      expect(mentionAt(t, phrase), phrase).toMatchObject({ value: 50, qualifier: q });
    }
  });
});

describe('dates and durations', () => {
  const t = 'The war began in February 2022. On 26 August, on Monday and over the weekend, last November, yesterday and two days ago; talks lasted over two years.';
  it('reads calendar dates', () => {
    expect(mentionAt(t, 'February 2022')).toMatchObject({ kind: 'date', date: { category: 'month:2022-02', from: '2022-02-01', to: '2022-02-28' } });
    expect(mentionAt(t, '26 August')).toMatchObject({ kind: 'date', date: { category: 'day:08-26' } });
    expect(mentionAt(t, 'last November')).toMatchObject({ kind: 'date', date: { category: 'month:11' } });
  });
  it('reads day words by category without an anchor', () => {
    expect(mentionAt(t, 'on Monday').date?.category).toBe('weekday:monday');
    expect(mentionAt(t, 'over the weekend').date?.category).toBe('weekend');
    expect(mentionAt(t, 'yesterday').date?.category).toBe('relative:yesterday');
    expect(mentionAt(t, 'two days ago')).toMatchObject({ kind: 'date', value: 2, unit: 'day' });
  });
  it('reads a possessive period as the date of its noun: "next month\'s Ulster Grand Prix"', () => {
    const text = "He will miss next month's Ulster Grand Prix, as he missed last year's.";
    expect(mentionAt(text, "next month's").date?.category).toBe('relative:next-month');
    expect(mentionAt(text, "last year's").date?.category).toBe('relative:last-year');
  });
  it('reads durations with their hedge', () => {
    expect(mentionAt(t, 'over two years')).toMatchObject({ kind: 'duration', value: 2, unit: 'year', qualifier: 'more-than' });
  });
  it('resolves relative dates against a publication date', () => {
    const text = 'It happened on Monday, over the weekend, yesterday and last November.';
    const ms = findMentions(text, { published: '2025-03-12' }); // a Wednesday
    const byText = new Map(ms.map((m) => [m.text, m.date]));
    expect(byText.get('on Monday')).toMatchObject({ from: '2025-03-10', to: '2025-03-10' });
    expect(byText.get('over the weekend')).toMatchObject({ from: '2025-03-08', to: '2025-03-09' });
    expect(byText.get('yesterday')).toMatchObject({ from: '2025-03-11' });
    expect(byText.get('last November')).toMatchObject({ from: '2024-11-01', to: '2024-11-30' });
  });
});

describe('offsets', () => {
  it('index UTF-16 code units, including astral characters before the figure', () => {
    const t = '🚀🚀 launched 3 rockets';
    const m = mentionAt(t, '3');
    expect(m.start).toBe(t.indexOf('3'));
  });
});

describe('cricket scores', () => {
  it('reads runs for wickets beside cricket words as one score', () => {
    const kinds = findMentions('Gloucestershire closed on 62-3 in reply to 220. England made 589-8 declared.')
      .filter((m) => m.kind === 'score').map((m) => [m.value, m.high]);
    expect(kinds).toEqual([[62, 3], [589, 8]]);
  });
  it('leaves a tally without cricket words alone', () => {
    expect(findMentions('The motion passed 62-3 in the council.').some((m) => m.kind === 'score' && m.value === 62)).toBe(false);
  });
  it('a bowler\'s figures, wickets first, in every written form: "taking five for 50", "figures of 5-50", "four wickets for 25 runs"', () => {
    const forms = ['Woakes did the damage in the innings, taking five for 50.', 'Woakes finished the innings with figures of 5-50.', 'Woakes had a return of five wickets for 50 runs in the innings.'];
    for (const t of forms) expect(findMentions(t).filter((m) => m.kind === 'score').map((m) => [m.value, m.high])).toEqual([[5, 50]]);
    const src = [{ id: 's', text: 'Woakes finished the innings with figures of 5-50 as the wickets fell.' }];
    expect(checkDraft('Woakes did the damage in the innings, taking five for 50.', src)[0]?.verdict).toBe('supported');
    expect(checkDraft('Woakes did the damage in the innings, taking five for 60.', src)[0]?.verdict).not.toBe('supported');
    // The figures state the wickets he took.
    expect(checkDraft('Woakes took five wickets in the innings.', src)[0]?.verdict).toBe('supported');
  });
  it('runs "for" wickets before "until" ("at 159 for two until Anderson struck")', () => {
    expect(findMentions('England were in little danger at 159 for two until Anderson struck.').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 159, 2]]);
  });
  it('a score checks as a whole', () => {
    const src = [{ id: 's', text: 'Gloucestershire were 62-3 at stumps in reply to 220.' }];
    expect(checkDraft('Gloucestershire closed on 62-3 in reply.', src).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(checkDraft('Gloucestershire closed on 62-4 in reply.', src).find((c) => c.kind === 'score')?.verdict).not.toBe('supported');
  });
});

describe('a share "nine in 10" and a thing counted "the front nine in 41"', () => {
  it('reads a bare "N in M" as a share, and "the front nine in 41" as two figures', () => {
    expect(findMentions('Nine in 10 voters agreed.').map((m) => [m.text, m.kind])).toEqual([['Nine in 10', 'fraction']]);
    expect(findMentions('He covered the front nine in 41 and came home in 38.').map((m) => [m.text, m.kind])).toEqual([['nine', 'count'], ['41', 'count'], ['38', 'count']]);
  });
  it('ends no range at a year after "in" with a count after "to" ("in 2004 to 3,075 cases")', () => {
    expect(findMentions('Cases rose from 2,574 in 2004 to 3,075 in 2005.').map((m) => [m.text, m.kind])).toEqual([['2,574', 'count'], ['2004', 'year'], ['3,075', 'count'], ['2005', 'year']]);
  });
  it('reads "eight out of 10" over a round whole as the same share, and "five out of seven games" as counts', () => {
    expect(findMentions('More than eight out of 10 people waited.').map((m) => [m.text, m.kind, m.value])).toEqual([['More than eight out of 10', 'fraction', 0.8]]);
    expect(findMentions('They won five out of seven games.').map((m) => [m.text, m.kind])).toEqual([['five', 'count'], ['seven', 'count']]);
  });
});

describe('odds told in digits are small over round', () => {
  it('"1 in 4" and "26 in 100" are shares; "he has 26 in 65" is two counts', () => {
    expect(findMentions('1 in 4 adults agreed.').map((m) => m.kind)).toEqual(['fraction']);
    expect(findMentions('Some 26 in 100 voters agreed.').map((m) => m.kind)).toEqual(['fraction']);
    expect(findMentions('At Rayo he has 26 in 65.').map((m) => m.kind)).toEqual(['count', 'count']);
  });
});

describe('findMentions: an age with a possessive', () => {
  it('"the 31-year-old\'s conduct" is an age, the possessive left out of the figure', () => {
    expect(findMentions("The panel said the 31-year-old's conduct had been dishonest.")[0]).toMatchObject({ text: '31-year-old', kind: 'age', value: 31 });
    expect(findMentions('The panel said the 31-year-old’s conduct had been dishonest.')[0]).toMatchObject({ text: '31-year-old', kind: 'age', value: 31 });
  });
});

describe('findMentions: a scale word standing as the noun', () => {
  it('"the murder of millions the Nazis considered unworthy" and "the millions uprooted" are vague figures; "millions of" still is', () => {
    expect(findMentions('It recalled the murder of millions the regime considered unworthy of life.')[0]).toMatchObject({ text: 'millions', qualifier: 'approximately' });
    expect(findMentions('Books tell of the millions uprooted by war.')[0]).toMatchObject({ text: 'millions' });
    expect(findMentions('Millions-strong crowds gathered.')).toEqual([]);
  });
});

describe('findMentions: a hedged year', () => {
  it('"the 31.5 sq km it covered around 1970." and "founded circa 1870 by miners" are years; "around 1970 people" a count', () => {
    expect(findMentions('It covered 31.5 sq km around 1970.').find((m) => m.value === 1970)).toMatchObject({ kind: 'year', qualifier: 'approximately' });
    expect(findMentions('The club was founded around 1870 by miners.').find((m) => m.value === 1870)).toMatchObject({ kind: 'year' });
    expect(findMentions('Around 1970 people attended the rally.')[0]).toMatchObject({ kind: 'count', value: 1970 });
  });
});

describe('findMentions: "that one" before a noun', () => {
  it('"the contract that one client likened to a novel" counts one client; "I prefer that one." names no figure', () => {
    expect(findMentions('It is the contract that one client likened to a novel.').map((m) => m.text)).toEqual(['one']);
    expect(findMentions('I prefer that one.')).toEqual([]);
    expect(findMentions('He said that one is enough.')).toEqual([]);
  });
});

describe('a raised decimal point', () => {
  it('reads "1·64 million" and "89·1%" as 1.64 million and 89.1%', () => {
    expect(mentionAt('Of the 1·64 million trains planned, 89·1% ran within 10 minutes.', '1·64 million')).toMatchObject({ kind: 'count', value: 1_640_000 });
    expect(mentionAt('Of the 1·64 million trains planned, 89·1% ran within 10 minutes.', '89·1%')).toMatchObject({ kind: 'percent', value: 89.1 });
  });
});

describe('findMentions: areas', () => {
  it('reads "square km" and "sq mi" as areas, so a right conversion between them is checked as one', () => {
    expect(findMentions('The fire covered about 9.1 square km.')[0]).toMatchObject({ kind: 'quantity', unit: 'km²' });
    expect(findMentions('It spans 15 sq mi.')[0]).toMatchObject({ kind: 'quantity', unit: 'sq mile' });
    const source = [{ id: 's', text: 'The blaze had burned about 9.1 square kilometres by Monday morning.' }];
    expect(checkDraft('That fire covered about 9.1 square km, or roughly 2,250 acres, on Monday morning.', source).map((c) => c.verdict)).not.toContain('unsupported');
  });
});

describe('findMentions: a range whose ends each carry the percent sign', () => {
  it('reads "a 6% to 8% lower risk" as one range, a change\'s levels and size as two figures', () => {
    const read = (t: string) => findMentions(t).map((m) => [m.text, m.value, m.high]);
    expect(read('It was linked to a 6% to 8% lower risk.')).toEqual([['6% to 8%', 6, 8]]);
    expect(read('The forecast is a 5 per cent to 9 per cent fall.')).toEqual([['5 per cent to 9 per cent', 5, 9]]);
    expect(read('Its share rose from 6% to 8%.').map(([t]) => t)).toEqual(['6%', '8%']);
    expect(read('Taking its share from 6.7 percent to 9.8 percent.').map(([t]) => t)).toEqual(['6.7 percent', '9.8 percent']);
    expect(read('Sales rose 5% to 8% of the market.').map(([t]) => t)).toEqual(['5%', '8%']);
  });
});

describe('findMentions: percentage points glued on', () => {
  it('reads "8.2pp" (and "8·2pp") as percentage points, not a code, so it is checked', () => {
    expect(findMentions('Punctuality was up 8.2pp on the year.')[0]).toMatchObject({ kind: 'percent', value: 8.2, unit: 'pp' });
    expect(findMentions('Punctuality was up 8·2pp on the year.')[0]).toMatchObject({ kind: 'percent', value: 8.2, unit: 'pp' });
    const source = [{ id: 's', text: 'Punctuality rose 8.3 percentage points on the year to March 2020.' }];
    expect(checkDraft('Punctuality rose 8.2pp on the year to March 2020.', source)[0]?.verdict).toBe('contradicted');
  });
});

describe('findMentions: a spaced "min"', () => {
  it('reads "5 to 10 min after" as minutes, so "five to 10 minutes" meets it', () => {
    expect(findMentions('89.1% arrived within 5 to 10 min after the scheduled time.')[1]).toMatchObject({ kind: 'duration', value: 5, high: 10, unit: 'minute' });
    const source = [{ id: 's', text: 'Some 89.1% of trains arrived within 5 to 10 min after the scheduled time.' }];
    expect(checkDraft('89.1% of trains arrived within five to 10 minutes of schedule.', source).find((c) => c.text.includes('minutes'))?.verdict).toBe('supported');
  });
});

describe('a country after the dollar sign', () => {
  it('reads "$US40 million", "$A5m" and "$NZ7m" as money in that dollar', () => {
    expect(findMentions('He once had a $US40 million contract.')[0]).toMatchObject({ text: '$US40 million', kind: 'money', value: 4e7, unit: 'USD' });
    expect(findMentions('The deal was worth $A5m.')[0]).toMatchObject({ kind: 'money', unit: 'AUD' });
    expect(findMentions('The deal was worth $NZ7m, or NZ$7m.').map((m) => m.unit)).toEqual(['NZD', 'NZD']);
  });
  it('so the draft\'s "$40 million" meets the source\'s "$US40 million"', () => {
    const source = [{ id: 's', text: 'Hernandez once had a $US40 million, five-year contract with the Patriots.' }];
    expect(checkDraft('Hernandez once had a five-year contract worth $40 million.', source).find((c) => c.text.includes('40'))?.verdict).toBe('supported');
  });
});

describe('the one-character degree signs', () => {
  it('reads "33.2℃" and "92℉" as temperatures', () => {
    expect(findMentions('London hit a searing 33.2℃ and Dallas 92℉.').map((m) => [m.text, m.unit])).toEqual([['33.2℃', '°C'], ['92℉', '°F']]);
  });
  it('so the source\'s "33.2℃" supports the draft\'s "33.2C", and its "28.2℃" flags a "29.2C"', () => {
    const source = [{ id: 's', text: 'London hit a searing 33.2℃ on Monday. The previous bank holiday record of 28.2℃ was set in 2016.' }];
    expect(checkDraft('Temperatures in London reached 33.2C on Monday.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The previous bank holiday record was 29.2C, set in 2016.', source).find((c) => c.text.startsWith('29.2'))?.verdict).not.toBe('supported');
  });
});

describe('a scale hyphened to a count', () => {
  it('reads "About 3-billion light-years" as three billion, as "$14.2-million" is', () => {
    expect(findMentions('The waves came from about 3-billion light-years away.')[0]).toMatchObject({ value: 3e9 });
    const source = [{ id: 's', text: 'The waves travelled about 3-billion light-years to reach Earth.' }];
    expect(checkDraft('The waves had travelled from about 3 billion light-years away.', source)[0]?.verdict).toBe('supported');
  });
});

describe('a change in percent after "up" or "down"', () => {
  it('reads "is up 2% to 80%" as a change and the level it reached, and "a 6% to 8% lower risk" as a range', () => {
    expect(findMentions('The pass rate at Higher level is up 2% to 80%.').map((m) => m.text)).toEqual(['2%', '80%']);
    expect(findMentions('It carries a 6% to 8% lower risk.').map((m) => m.text)).toEqual(['6% to 8%']);
  });
  it('so the level supports the draft\'s "rose 2% to 80%"', () => {
    const source = [{ id: 's', text: 'The overall pass rate at Advanced Higher level is up 2% to 80%.' }];
    expect(checkDraft('Advanced Higher passes climbed 2% to 80%.', source).find((c) => c.text === '80%')?.verdict).toBe('supported');
  });
});

describe('a vote\'s split after a verb of its result', () => {
  it('reads "rejected independence by 61-39" as one split, as "passed 410-8" is', () => {
    expect(findMentions('Edinburgh then rejected independence by 61-39.').map((m) => [m.text, m.kind])).toEqual([['61-39', 'score']]);
    const source = [{ id: 's', text: 'Perth went Naw by a 60-40 margin while Edinburgh was as decisive with its 61-39 breakdown.' }];
    expect(checkDraft('Edinburgh then rejected independence by 61-39.', source)[0]?.verdict).toBe('supported');
  });
});

describe('"up to" after a verb whose particle "up" is', () => {
  it('"edged up to 17.7%" reaches a level; "winds of up to 75mph" is a maximum', () => {
    expect(findMentions("Apple's share edged up to 17.7% from 15.3%.")[0]?.qualifier).toBeUndefined();
    expect(findMentions('Prices crept up to £200 a night.')[0]?.qualifier).toBeUndefined();
    expect(findMentions('Winds of up to 75mph battered the coast.')[0]?.qualifier).toBe('at-most');
  });
  it('so the source\'s "grew to 17.7%" supports it', () => {
    const source = [{ id: 's', text: "Apple's global smartphone market share grew marginally to 17.7% in Q1 2015 compared to 15.3% in Q1 2014." }];
    expect(checkDraft("Apple's share edged up to 17.7% from 15.3%.", source).find((c) => c.text.includes('17.7%'))?.verdict).toBe('supported');
  });
});

describe('wire copy\'s written forms', () => {
  it('"About 2-1/2 minutes" is two and a half minutes, not a 2-1 score', () => {
    expect(findMentions('About 2-1/2 minutes after launch the first stage shut down.')[0]).toMatchObject({ kind: 'duration', value: 2.5 });
    expect(findMentions('They won 2-1 on Saturday.')[0]).toMatchObject({ kind: 'score', value: 2, high: 1 });
    const source = [{ id: 's', text: 'About 2-1/2 minutes after launch the first stage was due to shut down and separate.' }];
    expect(checkDraft('About two and a half minutes after launch the first stage was due to shut down.', source)[0]?.verdict).toBe('supported');
  });
  it('"2024-06-05" is a date, not a year and a 06-05 score', () => {
    const ms = findMentions('date 2024-06-05 The Election Commission of India announced the results.');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ kind: 'date', text: '2024-06-05' });
    expect(findMentions('the 2024-25 budget')[0]).toMatchObject({ kind: 'year', value: 2024, high: 2025 });
  });
});

describe('a scale written once for both ends of a worded range, and half a point', () => {
  it('"three to four hundred kilograms" is 300 to 400; "between two and three thousand" is 2,000 to 3,000', () => {
    expect(findMentions('He was getting only three to four hundred kilograms.')[0]).toMatchObject({ value: 300, high: 400, unit: 'kg' });
    expect(findMentions('Between two and three thousand people came.')[0]).toMatchObject({ value: 2000, high: 3000 });
    expect(findMentions('It lasted one to two days.')[0]).toMatchObject({ value: 1, high: 2 });
  });
  it('"fell half a point to 81.0%" is half a percentage point, which the source\'s "0.5 percentage points" states', () => {
    expect(findMentions('The load factor fell half a point to 81.0%.')[0]).toMatchObject({ kind: 'percent', value: 0.5, unit: 'pp' });
    const source = [{ id: 's', text: 'Capacity grew 3.6%, so the load factor fell 0.5 percentage points to 81.0%.' }];
    expect(checkDraft('Capacity grew faster, at 3.6%, so the load factor fell half a point to 81.0%.', source).find((c) => c.text === 'half a point')?.verdict).toBe('supported');
  });
});

describe('a level score written with "all"', () => {
  it('"tied on 9-all" is the score 9-9, which supports the draft\'s "level at 9-9"', () => {
    expect(findMentions('Scores were tied on 9-all as the players went in.')[0]).toMatchObject({ kind: 'score', value: 9, high: 9 });
    const source = [{ id: 's', text: 'Scores were tied on 9-all as the players went in at half-time.' }];
    expect(checkDraft('The teams were level at 9-9 at the break.', source)[0]?.verdict).toBe('supported');
  });
});

describe('scores told by their setting', () => {
  it('a judge\'s level card after "scores of" is a score, not "scores" of forty or more', () => {
    expect(findMentions('He lost a majority decision (scores of 114-114, 116-112 and 117-111).').map((m) => [m.kind, m.value, m.high]))
      .toEqual([['score', 114, 114], ['score', 116, 112], ['score', 117, 111]]);
  });
  it('a pair between two sides\' names is the result ("England 1-2 Iceland"), and checks against the winner\'s "2-1"', () => {
    expect(findMentions('Result: England 1-2 Iceland').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 1, 2]]);
    expect(findMentions('He lived in Ohio 3-4 years before Maine.').map((m) => m.kind)).toEqual(['duration']);
    const src = [{ id: 's', text: 'Iceland knocked England out of Euro 2016 with a 2-1 win in Nice.' }];
    expect(checkDraft('Key facts:\n- Result: England 1-2 Iceland', src).find((c) => c.text === '1-2')?.verdict).toBe('supported');
  });
});
