import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const claimOn = (draft: string, source: string, text: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(text));

describe('elapsedBetween: a gap the source states as two times', () => {
  const fire = 'Crews were called to the mill at about 7pm. The fire was declared out at about 10pm.';
  it('"about three hours later" is derived from "7pm" and "10pm"', () => {
    const c = claimOn('The fire at the mill was declared out about three hours later.', fire, 'three');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'7pm' and '10pm' are 3 hours apart");
  });
  it('"five hours later" is not', () => {
    expect(claimOn('The fire at the mill was declared out five hours later.', fire, 'five')?.verdict).not.toBe('supported');
  });
  it('a length told with "for" is the time from the one to the other: "burned for three hours"', () => {
    expect(claimOn('The mill burned for three hours.', fire, 'three')?.verdict).toBe('supported');
    expect(claimOn('The mill burned for five hours.', fire, 'five')?.verdict).not.toBe('supported');
  });
  it('a length neither "for" nor a gap is not derived: "a three-hour blaze"', () => {
    expect(claimOn('Crews fought a three-hour blaze at the mill.', fire, 'three')?.verdict).not.toBe('supported');
  });
  it('"three days earlier" is derived from a Friday and a Tuesday', () => {
    const source = 'The mayor resigned on Friday. She had met the auditors on Tuesday, aides said.';
    expect(claimOn('The mayor resigned. She had met the auditors three days earlier.', source, 'three')?.verdict).toBe('supported');
  });
});

describe('elapsedBetween: years apart, told from a year the draft names', () => {
  const source = 'The gallery bought the statue from the dealer in 2009. The dealer was charged in a 2015 court case over looted antiquities.';
  it('"a 2015 court case, six years after the purchase" is 2015 less 2009', () => {
    const c = claimOn('The dealer was charged in a 2015 court case, six years after the purchase.', source, 'six years');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: '2015' and '2009' are 6 years apart. Draft: 'six years'.");
  });
  it('a wrong gap, or one the draft\'s sentence anchors to no year, is not derived', () => {
    expect(claimOn('The dealer was charged in a 2015 court case, four years after the purchase.', source, 'four years')?.verdict).not.toBe('supported');
    expect(claimOn('The dealer was charged six years after the purchase.', source, 'six years')?.verdict).not.toBe('supported');
  });
});

describe('elapsedBetween: the span of a range of clock times', () => {
  const source = 'Coverage (BST): 17:30-19:30 on BBC iPlayer. The strike runs from 9am to 5pm on Monday.';
  it('"for two hours" is the span of "17:30-19:30", "for eight hours" that of "from 9am to 5pm"', () => {
    const c = claimOn('Coverage starts at 17:30 and runs for two hours.', source, 'two hours');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: '17:30' to '19:30' is 2 hours. Draft: 'two hours'.");
    expect(claimOn('The strike will last for eight hours.', source, 'eight hours')?.verdict).toBe('supported');
  });
  it('a span no range gives is not derived', () => {
    expect(claimOn('The strike will last for six hours.', source, 'six hours')?.verdict).not.toBe('supported');
  });
});

describe('elapsedBetween: years apart, a date\'s year among them', () => {
  it('"in 1956, five years before … on 9 October 1961"', () => {
    const source = 'The town lost its station in 1956. It was designated a new town on 9 October 1961.';
    expect(claimOn('The town lost its station in 1956, five years before it was designated a new town on 9 October 1961.', source, 'five years')?.verdict).toBe('supported');
    expect(claimOn('The town lost its station in 1956, four years before it was designated a new town on 9 October 1961.', source, 'four years')?.verdict).not.toBe('supported');
  });
});

describe('elapsedBetween: a length told with "for", from a time to a later one in the next sentence', () => {
  const source = 'Police closed the road outside the depot after the crash at 03:00 GMT. The road closure, which was lifted at 14:00 GMT, caused delays.';
  it('"shut for 11 hours" from "at 03:00 GMT" and "lifted at 14:00 GMT"', () => {
    const c = claimOn('The road was shut for 11 hours after the crash.', source, '11 hours');
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence.length).toBe(2);
    expect(claimOn('The road was shut for nine hours after the crash.', source, 'nine hours')?.verdict).not.toBe('supported');
  });
  it('not from times the draft\'s words do not meet', () => {
    expect(claimOn('The singer performed for 11 hours.', source, '11 hours')?.verdict).not.toBe('supported');
  });
});


describe('elapsedBetween: the draft\'s own range of clock times', () => {
  const source = [{ id: 's', text: 'The match will be shown live on the BBC Sport website, with coverage from 17:30 BST.' }];
  const length = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('"from 5.30pm to 7.30pm, a window of two hours" is the draft\'s own arithmetic', () => {
    expect(length('Coverage runs from 5.30pm to 7.30pm BST, a window of two hours.')).toBe('supported');
    expect(length('Coverage runs from 5.30pm to 7.30pm BST, a window of three hours.')).not.toBe('supported');
  });
});

describe('elapsedBetween: two calendar dates', () => {
  const source = [{ id: 's', text: 'Officials are looking at a fumigation at the villa on March 18. Paramedics were called early on March 20.' }];
  const days = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('"on March 18 – two days before paramedics were called" is the gap to the source\'s March 20', () => {
    expect(days('Officials are looking at a fumigation on March 18 – two days before paramedics were called.')).toBe('supported');
    expect(days('Officials are looking at a fumigation on March 18 – four days before paramedics were called.')).not.toBe('supported');
  });
  it('not when the draft\'s sentence gives no date of its own', () => {
    expect(days('Officials are looking at a fumigation two days before paramedics were called.')).not.toBe('supported');
  });  it('dates that both give their year are counted across it: not two days from 18 March 2019 to 20 March 2021', () => {
    const years = (text: string, draft: string) => checkDraft(draft, [{ id: 's', text }]).find((c) => c.kind === 'duration')?.verdict;
    const apart = 'The villa was fumigated on 18 March 2019. Paramedics were called to it on 20 March 2021.';
    expect(years(apart, 'The villa was fumigated on 18 March 2019 – two days before paramedics were called.')).not.toBe('supported');
    const newYear = 'The villa was fumigated on 30 December 2019. Paramedics were called to it on 1 January 2020.';
    expect(years(newYear, 'The villa was fumigated on 30 December 2019 – two days before paramedics were called.')).toBe('supported');
    expect(years(newYear, 'The villa was fumigated on 30 December 2019 – 363 days before paramedics were called.')).not.toBe('supported');
  });
});

describe('elapsedBetween of the draft\'s own "between … and …"', () => {
  it('"between 9.30am and 1.30pm, giving hearings of four hours" is the draft\'s own arithmetic', () => {
    const source = [{ id: 's', text: 'The court only sat between 9.30am and 1.30pm, so that the defendant could go home.' }];
    const c = checkDraft('The court sat only between 9.30am and 1.30pm, giving hearings of four hours a day.', source).find((k) => k.text === 'four hours');
    expect(c?.verdict).toBe('supported');
    expect(checkDraft('The court sat only between 9.30am and 1.30pm, giving hearings of five hours a day.', source).find((k) => k.text === 'five hours')?.verdict).not.toBe('supported');
  });
});
