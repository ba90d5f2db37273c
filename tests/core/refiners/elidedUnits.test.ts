import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('elidedUnits', () => {
  it('the second figure of a comparison takes the unit of the first', () => {
    const m = findMentions('Patients lived 17 months against 13 on the old drug.');
    expect(m.map((x) => [x.text, x.kind, x.unit])).toEqual([['17 months', 'duration', 'month'], ['13', 'duration', 'month']]);
    expect(findMentions('Turnout was 62.5% compared with 58.1 last time.').map((x) => x.kind)).toEqual(['percent', 'percent']);
    expect(findMentions('The new span is 40 metres vs. 35 for the old one.')[1]?.unit).toBe('m');
  });
  it('a figure with its own unit, or one not set against the first, keeps its own reading', () => {
    expect(findMentions('Patients lived 17 months against 13 weeks before.')[1]?.unit).toBe('week');
    expect(findMentions('Patients lived 17 months and 13 of them were men.')[1]?.kind).toBe('count');
  });
  it('so "13" is checked as 13 months, not against any 13 in the source', () => {
    const source = [{ id: 's', text: 'Overall survival was 17 months compared to 13 months. The trial enrolled 13 hospitals.' }];
    expect(checkDraft('Survival was 17 months against 13.', source)[1]?.verdict).toBe('supported');
    expect(checkDraft('Survival was 17 months against 11.', source)[1]?.verdict).not.toBe('supported');
  });
  it('gives the first of two alternatives the unit written after the second: "19 or 20C", "5 or 6%"', () => {
    const read = (t: string) => findMentions(t).map((m) => [m.text, m.kind, m.unit]);
    expect(read('It should be 19 or 20C in London.')).toEqual([['19', 'quantity', '°C'], ['20C', 'quantity', '°C']]);
    expect(read('Prices rose 5 or 6%.')).toEqual([['5', 'percent', '%'], ['6%', 'percent', '%']]);
    expect(read('He has 2 or 3 cars.').map(([, k]) => k)).toEqual(['count', 'count']);
  });
  it('gives a figure with a hanging hyphen the unit hyphened to the next: "the 5,000- and 10,000-metre titles"', () => {
    const read = (t: string) => findMentions(t).map((m) => [m.text, m.kind, m.unit]);
    expect(read('He won the 5,000- and 10,000-metre titles.')).toEqual([['5,000', 'quantity', 'm'], ['10,000-metre', 'quantity', 'm']]);
    expect(read('He won 5,000 and 10,000-metre titles.')[0]?.[1]).toBe('count');
    // What the distance names is a race's title, not what millions count.
    expect(read('He won the 5,000m and 10,000m titles.')).toEqual([['5,000m', 'quantity', 'm'], ['10,000m', 'quantity', 'm']]);
  });
  it('gives a change\'s first level the unit written after its second: "from 0.9 to 0.8 percentage points"', () => {
    expect(findMentions('Their advantage narrowed from 0.9 to 0.8 percentage points.').map((m) => [m.kind, m.unit])).toEqual([['percent', 'pp'], ['percent', 'pp']]);
    const source = [{ id: 's', text: 'The gap at A* has fallen from 0.9 percentage points to 0.8 percentage points.' }];
    expect(checkDraft('Their advantage has narrowed, from 0.9 to 0.8 percentage points.', source).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});

describe('elidedUnits: a measure told with an article opens a phrase of its own', () => {
  it('"closed at 17,307, a day after" leaves 17,307 a count, while "14, 15 and 12 years" are all years', () => {
    expect(findMentions('The Dow closed at 17,307, a day after plunging 331 points.').map((m) => m.kind)).toEqual(['count', 'duration', 'count']);
    expect(findMentions('They were jailed for 14, 15 and 12 years.').map((m) => m.kind)).toEqual(['duration', 'duration', 'duration']);
    const source = [{ id: 's', text: 'The Dow Jones Industrial Average fell 130 points at the close, or .7%, to 17,307. It had plummeted 331 points on Monday.' }];
    expect(checkDraft('The Dow closed down 130 points, or 0.7%, at 17,307, a day after plunging 331 points.', source).find((c) => c.text === '17,307')?.verdict).toBe('supported');
  });
});

describe('elidedUnits: a part of a length just told', () => {
  it('"26 months, with 13 to be served inside" is months; "with all but 22 suspended" is left a count', () => {
    expect(findMentions('Sentence: 26 months, with 13 to be served inside').map((m) => m.kind)).toEqual(['duration', 'duration']);
    expect(findMentions('He was jailed for 26 months in total, with 13 to be served in custody.').map((m) => m.kind)).toEqual(['duration', 'duration']);
    expect(findMentions('He spent 26 months abroad, with 13 friends.').map((m) => m.kind)).toEqual(['duration', 'count']);
    // The remainder after "all but" stays unread: as years it would let "faces 46 years behind bars" pass as 68 less 22.
    expect(findMentions('He was sentenced to 68 years in prison, with all but 22 suspended.').map((m) => m.kind)).toEqual(['duration', 'count']);
    const source = [{ id: 's', text: 'Coles was jailed for two years and two months. She will serve 13 months inside before being released on licence.' }];
    expect(checkDraft('Key facts:\n- Sentence: 26 months, with 13 to be served inside', source).map((c) => [c.text, c.verdict])).toEqual([['26 months', 'supported'], ['13', 'supported']]);
  });
});
