// A share the draft works out from the part and the whole it gives just before.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Cambodia recorded 56 human cases between 2003 and 2014, 37 of them fatal. By 3 January the company had produced 31 vehicles, six of which were delivered.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('ownShare', () => {
  it('"56 cases …, 37 of them fatal, a death rate of about two-thirds" is the draft\'s own part over its whole', () => {
    const c = on('Cambodia recorded 56 human cases between 2003 and 2014, 37 of them fatal, a death rate of about two-thirds.', 'two-thirds');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '37' of '56' is 66.1%. Draft: 'about two-thirds'.");
    expect(c?.basis).toBe('draft');
    expect(on('By 3 January 31 trucks had been built, of which just six, or about a fifth, had reached customers.', 'fifth')?.verdict).toBe('supported');
  });
  it('"37 of the 56 human cases, roughly two-thirds": the whole after "of the"', () => {
    expect(on('Officials said 37 of the 56 human cases, roughly two-thirds, were fatal.', 'two-thirds')?.verdict).toBe('supported');
    expect(on('Officials said 37 of the 56 human cases, roughly a third, were fatal.', 'third')?.verdict).not.toBe('supported');
  });
  it('a share the counts do not make is not derived', () => {
    expect(on('Cambodia recorded 56 human cases, 37 of them fatal, a death rate of about half.', 'half')?.verdict).not.toBe('supported');
    expect(on('By 3 January 31 trucks had been built, of which just six, or about a third, had reached customers.', 'third')?.verdict).not.toBe('supported');
  });
});

describe('ownShare: a share in apposition to its amount, "of the total"', () => {
  const source = [{ id: 's', text: 'The tokens were worth $1.8bn. Cumberland received nearly $1.1bn.' }];
  const share = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'fraction' || c.kind === 'percent');
  it('"worth $1.8bn. … received nearly $1.1bn, more than half of the total"', () => {
    const c = share('The tokens were worth $1.8bn. Cumberland received nearly $1.1bn, more than half of the total.');
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('draft');
  });
  it('not a share the figures do not make', () => {
    expect(share('The tokens were worth $1.8bn. Cumberland received nearly $1.1bn, more than three-quarters of the total.')?.verdict).not.toBe('supported');
  });
  it('not a bound that misstates the share: "more than a third" for 61%', () => {
    expect(share('The tokens were worth $1.8bn. Cumberland received nearly $1.1bn, more than a third of the total.')?.verdict).not.toBe('supported');
  });
});

describe('ownShare: the whole after "a possible"', () => {
  const source = [{ id: 's', text: 'Hamilton has collected 286 points from a possible 300.' }];
  const share = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'percent')?.verdict;
  it('"286 points from a possible 300 - better than 95 per cent"', () => {
    expect(share('He has collected 286 points from a possible 300 - better than 95 per cent.')).toBe('supported');
    expect(share('He has collected 286 points from a possible 300 - better than 97 per cent.')).not.toBe('supported');
  });
});

describe('ownShare: the whole after "in"', () => {
  const source = [{ id: 's', text: 'Charnley has scored 165 tries in 176 appearances for Wigan.' }];
  it('"165 tries in 176 appearances, a strike rate of about 94%"', () => {
    expect(checkDraft('He has 165 tries in 176 appearances, a strike rate of about 94%.', source).find((c) => c.kind === 'percent')?.verdict).toBe('supported');
    expect(checkDraft('He has 165 tries in 176 appearances, a strike rate of about 84%.', source).find((c) => c.kind === 'percent')?.verdict).not.toBe('supported');
  });
});

describe('ownShare: "from a possible" with the points dropped told after it', () => {
  const source = [{ id: 's', text: 'Hamilton has collected 286 points from a possible 300, dropping only 14.' }];
  const share = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'percent')?.verdict;
  it('the share is of the marked pair, not of the figure told last', () => {
    expect(share('He has 286 points from a possible 300, dropping just 14 - more than 95% of the maximum.')).toBe('supported');
    expect(share('He has 286 points from a possible 300, dropping just 14 - more than 98% of the maximum.')).not.toBe('supported');
  });
});

describe('ownShare: the rest of a whole the draft has shared out', () => {
  const source = [{ id: 's', text: 'The current system leaves around 70% of the world\'s airspace uncovered.' }];
  const share = (draft: string) => checkDraft(draft, source).filter((c) => c.kind === 'percent').map((c) => c.verdict);
  it('"leaves around 70% … uncovered, meaning only about 30% is monitored"', () => {
    expect(share('The system leaves around 70% of the world\'s airspace uncovered, meaning only about 30% is monitored.')).toEqual(['supported', 'supported']);
    expect(share('The system leaves around 70% of the world\'s airspace uncovered, meaning only about 40% is monitored.')[1]).not.toBe('supported');
  });
  it('not two shares of different wholes side by side', () => {
    expect(share('The system leaves around 70% of the world\'s airspace uncovered and 30% of pilots unhappy.')[1]).not.toBe('supported');
  });
});

describe('ownShare: a change told as a share with "more"', () => {
  const source = [{ id: 's', text: 'Athens airport expects 25 million arrivals this year, up from 21 million; the incremental 4 million are tourists.' }];
  const share = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'fraction')?.verdict;
  it('"up from 21 million - an extra 4 million, or nearly a fifth more"; "nearly a quarter more" is flagged', () => {
    expect(share('Athens expects 25 million arrivals, up from 21 million - an extra 4 million, or nearly a fifth more.')).toBe('supported');
    expect(share('Athens expects 25 million arrivals, up from 21 million - an extra 4 million, or nearly a quarter more.')).not.toBe('supported');
  });
});

describe('ownShare: a hedged share of hedged counts', () => {
  const source = [{ id: 's', text: 'Nearly 3,000 women are diagnosed with cervical cancer in the UK each year, and it kills around 1,000 women.' }];
  const share = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'fraction')?.verdict;
  it('"Nearly 3,000 … and around 1,000 die, roughly one in three"', () => {
    expect(share('Nearly 3,000 women are diagnosed each year and around 1,000 die, roughly one in three.')).toBe('supported');
    expect(share('Nearly 3,000 women are diagnosed each year and around 1,000 die, roughly one in five.')).not.toBe('supported');
  });
});

describe('ownShare: a share set off after its part\'s noun phrase, its whole before it or after its "of"', () => {
  const source = 'The outbreak stands at 53 confirmed cases. Of those, 47 had not been immunised, and 38 involve children. '
    + 'The comet passed 45,000 miles from Earth; the moon is 239,000 miles away.';
  const verdictOf = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === text);
  it('"47 patients – nearly nine in ten –" is 47 of the 53 cases told just before', () => {
    const c = verdictOf('The outbreak stands at 53 confirmed cases. Of those, 47 patients – nearly nine in ten – had not been immunised.', 'nearly nine in ten');
    expect(c?.verdict).toBe('supported');
    expect(verdictOf('The outbreak stands at 53 confirmed cases. Of those, 47 patients – nearly two-thirds – had not been immunised.', 'nearly two-thirds')?.verdict).not.toBe('supported');
  });
  it('the whole is the earlier figure that counts the part\'s own noun', () => {
    const c = verdictOf('The outbreak stands at 53 confirmed cases. Of those, 47 patients had not been immunised. Children bear the brunt: 38 of the confirmed cases, more than two-thirds, involve them.', 'more than two-thirds');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toMatch(/'38' of '53/);
  });
  it('"less than a fifth of the 239,000 miles" takes its whole after "of"', () => {
    expect(verdictOf('The comet passed 45,000 miles from Earth, less than a fifth of the 239,000 miles to the moon.', 'less than a fifth')?.verdict).toBe('supported');
    expect(verdictOf('The comet passed 45,000 miles from Earth, less than a tenth of the 239,000 miles to the moon.', 'less than a tenth')?.verdict).not.toBe('supported');
  });
  it('"about a third" spans the shares nearer a third than a quarter or two-fifths', () => {
    expect(on('She won only 13 of 36 second-serve points, about a third.', 'third')?.verdict).toBe('supported');
    expect(on('She won only 13 of 36 second-serve points, about a quarter.', 'quarter')?.verdict).not.toBe('supported');
    expect(on('She won only 15 of 36 second-serve points, about a third.', 'third')?.verdict).not.toBe('supported');
  });
  it('"nearly 45% of the budget" is of the figure the draft gives the budget, sentences before', () => {
    const council = 'The council adopted a $72.6 million budget. The rate is $0.81 per $100. It raises $8 per $1,000. Capital projects take $32.48 million.';
    const share = (draft: string) => checkDraft(draft, [{ id: 's', text: council }]).find((c) => c.text === 'nearly 45%')?.verdict;
    expect(share('The council has adopted a $72.6 million budget. The rate is $0.81 per $100. It raises $8 per $1,000. Capital projects take $32.48 million, nearly 45% of the budget.')).toBe('supported');
    expect(share('The council has adopted a $92.6 million budget. The rate is $0.81 per $100. It raises $8 per $1,000. Capital projects take $32.48 million, nearly 45% of the budget.')).not.toBe('supported');
  });
  it('"nearly 90 percent" is no share of 84: a writer with 84 has a nearer round figure', () => {
    expect(on('Tallahassee reported 95,100 of its 113,000 customers without power, nearly 90 percent.', '90 percent')?.verdict).not.toBe('supported');
    expect(on('Tallahassee reported 95,100 of its 113,000 customers without power, nearly 85 percent.', '85 percent')?.verdict).toBe('supported');
  });
});

describe('a share of a whole told before, its part given after it', () => {
  const SOURCE = [{ id: 's', text: 'Some 830 flats were sold in the borough last year, 512 of them to first-time buyers.' }];
  const at = (draft: string, figure: string) => checkDraft(draft, SOURCE).find((c) => c.text === figure);
  it('"More than half of them - 512 -" is the part over the whole before it', () => {
    expect(at('The borough sold 830 flats last year. More than half of them - 512 - went to first-time buyers.', 'More than half')?.verdict).toBe('supported');
    expect(at('The borough sold 830 flats last year. About three in five of them (512) went to first-time buyers.', 'About three in five')?.verdict).toBe('supported');
  });
  it('not when the share does not fit the two counts', () => {
    expect(at('The borough sold 830 flats last year. More than three-quarters of them - 512 - went to first-time buyers.', 'More than three-quarters')?.verdict).not.toBe('supported');
  });
});
