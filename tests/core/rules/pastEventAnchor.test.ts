import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const LOOK_BACK = 'Gunmen stormed a clinic in the capital. In May 2015, a car bomb outside a stadium in the city killed about 40 people. '
  + 'Rebels also shelled the market last month, killing 12 people, and struck a bus depot a week ago, killing nine.';

const verdictOf = (draft: string, text: string, figure: string): string | undefined =>
  checkDraft(draft, [{ id: 's', text }]).find((c) => c.text.includes(figure))?.verdict;

describe('pastEventAnchor', () => {
  it('a present-perfect report is not supported by a toll pinned to an earlier year', () => {
    expect(verdictOf('At least 20 people have been killed in an attack on a clinic.', LOOK_BACK, '20')).not.toBe('supported');
  });
  it('nor by one from last month or a week ago', () => {
    expect(verdictOf('Gunmen have stormed a clinic, killing 12 people.', LOOK_BACK, '12')).not.toBe('supported');
    expect(verdictOf('Gunmen have stormed a clinic, killing nine people.', LOOK_BACK, 'nine')).not.toBe('supported');
  });
  it('a draft in the simple past may still recount the earlier event', () => {
    expect(verdictOf('A car bomb outside a stadium killed about 40 people.', LOOK_BACK, '40')).toBe('supported');
  });
  it('a source sentence that names a day tells of the story itself', () => {
    const text = 'In March 2016, on Monday, gunmen killed 14 people at a clinic.';
    expect(verdictOf('At least 14 people have been killed in an attack on a clinic.', text, '14')).toBe('supported');
  });
  it('a figure in a clause of its own tense is not read as present perfect', () => {
    const text = 'In December 2016, six workers were exposed to radiation on the platform.';
    expect(verdictOf('The company has said it is concerned about six workers exposed to radiation.', text, 'six')).toBe('supported');
  });
  it('a bare year opening the clause pins it too', () => {
    expect(verdictOf('The firm has hired 300 staff.', 'In 2010 the firm hired 300 staff.', '300')).not.toBe('supported');
  });
  it('a year in another clause before the figure does not pin it', () => {
    expect(verdictOf('The firm has hired 300 staff.', 'The firm, which was founded in 2010, has 300 staff.', '300')).toBe('supported');
    expect(verdictOf('The firm has hired 300 staff.', 'The firm, founded in 2010, has 300 staff.', '300')).toBe('supported');
  });
  it('a relative clause takes the time of the event it describes', () => {
    const text = 'Rebels claimed an attack on the court last month that killed 22 people.';
    expect(verdictOf('Gunmen have stormed a clinic, killing 22 people.', text, '22')).not.toBe('supported');
  });
  it('a present-perfect draft that pins its own figure to the past compares it with the past', () => {
    const text = 'The cold snap has killed 30 people this week. Last winter, about 2,100 cold-related deaths were recorded.';
    expect(verdictOf('The cold has been blamed for 30 deaths, compared with about 2,100 cold deaths last winter.', text, '2,100')).toBe('supported');
    expect(verdictOf('The cold has been blamed for 30 deaths, compared with about 2,600 cold deaths last winter.', text, '2,600')).not.toBe('supported');
  });
  it('"the last decade" is a span up to now, not a finished time', () => {
    const text = 'The phone has been the key technology of the last decade, putting computers in the hands of more than two billion people.';
    expect(verdictOf('The phone has put computers in the hands of more than two billion people.', text, 'more than two billion')).toBe('supported');
    const earlier = 'Last decade, the phone put computers in the hands of more than two billion people.';
    expect(verdictOf('The phone has put computers in the hands of more than two billion people.', earlier, 'more than two billion')).not.toBe('supported');
  });
});

describe('a draft dated "this year" is dated', () => {
  const source = [{ id: 's', text: 'That is more than any other country - the UN says 200,000 people have fled Syria in 2016.' }];
  it('"have fled Syria this year" meets the source\'s "have fled Syria in 2016"', () => {
    expect(checkDraft('The UN says 200,000 people have fled Syria this year.', source).find((c) => c.text.startsWith('200,000'))?.verdict).toBe('supported');
    expect(checkDraft('The UN says 300,000 people have fled Syria this year.', source).find((c) => c.text.startsWith('300,000'))?.verdict).not.toBe('supported');
  });
  it('does not take the base of a comparison ("down 4.5% from last year") for the figure\'s own time', () => {
    const source = [{ id: 's', text: "Spain's Santander, the euro zone's largest bank, has reported a first-half net profit of €4.5 billion, down 4.5% from last year. For the three months to June, it had a net profit of €2.42 billion, down 4%." }];
    expect(checkDraft('Santander, the largest bank in the euro zone, has posted net profit of €4.5bn for the January-to-June period.', source)[0]?.verdict).toBe('supported');
    // A figure the source pins to last year itself still tells of another time.
    const pinned = [{ id: 's', text: 'Last year the bank made a net profit of €4.5 billion.' }];
    expect(checkDraft('The bank has made a net profit of €4.5bn.', pinned)[0]?.verdict).not.toBe('supported');
  });
});

