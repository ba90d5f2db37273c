// A figure worded as a gap is supported by two source figures of its kind that differ by it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('differences the draft words as gaps', () => {
  it('"N fewer than", "a net N", "a majority of N"', () => {
    expect(verdict('Smith scored five fewer goals than Jones.', 'Smith scored 21 goals this season and Jones scored 26.')).toBe('supported');
    expect(verdict('The bank added a net 40 branches.', 'The bank opened 55 branches and closed 15 branches during the year.')).toBe('supported');
    expect(verdict('The motion passed with a majority of 17.', 'The motion passed by 312 votes to 295, the Speaker announced.')).toBe('supported');
  });
  it('needs the wording of a gap: a bare figure equal to a difference is not derived', () => {
    expect(verdict('The bank added 40 branches.', 'The bank opened 55 branches and closed 15 branches during the year.')).not.toBe('supported');
  });
  it('a wrong gap is still flagged', () => {
    expect(verdict('The motion passed with a majority of 27.', 'The motion passed by 312 votes to 295, the Speaker announced.')).not.toBe('supported');
  });
});

describe('a gap between two people\'s ages, given where each is named', () => {
  const court = 'Margaret Hale, 81, was knocked down outside her home in March. Peter Dunn, 62, of Bedford, told the court he had not seen her.';
  const on = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: court }]).find((c) => c.text.includes(text));
  it('"19 years older than the defendant" is 81 less 62', () => {
    const c = on('Mrs Hale, who is 19 years older than the defendant, is now in a care home.', '19 years');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: ages 81 − 62 = 19. Draft: '19 years'.");
  });
  it('a wrong gap is not derived', () => {
    expect(on('Mrs Hale, who is 21 years older than the defendant, is now in a care home.', '21 years')?.verdict).not.toBe('supported');
  });
});

describe('a margin of a result the source gives as a score', () => {
  const source = 'Selby beat Xiao Guodong 13-6 in the second round. He beat Fergal Bowen 10-2 in the first round.';
  const on = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(text));
  it('"his winning margin against Xiao was seven frames" is 13 less 6', () => {
    const c = on('His winning margin against Xiao was seven frames.', 'seven');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: 13-6 is a margin of 7. Draft: 'seven'.");
  });
  it('the margin of another match, or a wrong one, is not derived', () => {
    expect(on('His winning margin against Xiao was eight frames.', 'eight')?.verdict).not.toBe('supported');
    expect(on('Against Xiao he won by eight frames.', 'eight')?.verdict).not.toBe('supported');
  });
});

describe('a gap between two figures the draft\'s sentence gives itself', () => {
  const source = 'Charnley has scored 165 tries in his career. He has made 176 appearances. The two cemeteries will be full by 2018 and 2021.';
  const on = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(text));
  it('"165 tries in 176 appearances, 11 fewer tries than games"; "by 2018 and 2021, three years apart"', () => {
    const c = on('His record of 165 tries in 176 appearances, just 11 fewer tries than games, is remarkable.', '11');
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('draft');
    expect(on('They will be full by 2018 and 2021 respectively, three years apart.', 'three years')?.verdict).toBe('supported');
  });
  it('a wrong gap, or one not worded as a gap, is not derived', () => {
    expect(on('His record of 165 tries in 176 appearances, just 12 fewer tries than games, is remarkable.', '12')?.verdict).not.toBe('supported');
    expect(on('They will be full by 2018 and 2021 respectively, four years apart.', 'four years')?.verdict).not.toBe('supported');
    expect(on('His record of 165 tries in 176 appearances includes 11 tries this season.', '11')?.verdict).not.toBe('supported');
  });
  it('"a gap of about $6.70" between the draft\'s own two prices', () => {
    const prices = [{ id: 's', text: 'US crude settled at $75.98 per barrel and Brent was at $82.68.' }];
    const gap = (draft: string) => checkDraft(draft, prices).find((c) => c.text.includes('about'))?.verdict;
    expect(gap('US crude fell to $75.98 a barrel and Brent slipped to $82.68, a gap of about $6.70.')).toBe('supported');
    expect(gap('US crude fell to $75.98 a barrel and Brent slipped to $82.68, a gap of about $8.')).not.toBe('supported');
  });
});

describe('statedDifference: a gap noun after a hyphened figure', () => {
  it('"by 329 to 299 …, a 30-vote margin" is the draft\'s own gap, not a misstated tally', () => {
    const src = [{ id: 's', text: 'MPs backed the deal in principle by 329 to 299 at its second reading.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text === figure)?.verdict;
    expect(on('MPs backed the deal in principle by 329 to 299 at its second reading, a 30-vote margin.', '30')).toBe('supported');
    expect(on('MPs backed the deal in principle by 329 to 299 at its second reading, a 32-vote margin.', '32')).not.toBe('supported');
  });
});

describe('statedDifference: a source pair of another event', () => {
  it('"half a point above his earlier target" for borrowing is no gap between the growth forecasts', () => {
    const source = [{ id: 's', text: 'Mr Darling downgraded his 2011 growth forecasts for the UK economy to 3% from 3.5% but also revised down his borrowing forecasts from £178bn to £167bn this year. By 2014, Mr Darling said he expected borrowing to be reduced to 5.2% of GDP – 0.5% less than previously targeted.' }];
    const c = checkDraft('This year\'s borrowing is still set to be a record. By 2014, the Chancellor expects it to be down to 5.2% of GDP, 0.5 percentage points above his earlier target.', source).find((x) => x.text.startsWith('0.5'));
    expect(c?.explanation ?? '').not.toContain('3.5%');
  });
});

describe('a gap is between figures on one scale', () => {
  const source = 'The shares closed at $18.25, giving the firm a market value of $9.4bn. Its last private valuation was $12bn.';
  const at = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === text)?.verdict;
  it('a share price and a market value are no pair to subtract', () => {
    expect(at('It closed at $18.25 a share, against a private valuation of $12bn - a gap of more than $5bn.', 'more than $5bn')).not.toBe('supported');
  });
  it('the two valuations are', () => {
    expect(at('It closed at a market value of $9.4bn, against a private valuation of $12bn - a gap of more than $2bn.', 'more than $2bn')).toBe('supported');
  });
});
