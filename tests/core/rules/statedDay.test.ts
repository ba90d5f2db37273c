import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// judgeDate: a day a source states is supported, even where another day's sentence shares more of
// the draft's words, unless that rival is framed well enough to contradict it.
const source = [{ id: 's', text: 'Fraser is accused of killing an employee Monday at a warehouse in Leeds. During a court appearance in York on Tuesday, Fraser said Lane deserved to die.' }];

describe('a day the source states', () => {
  it('supports the draft\'s day though a weakly framed rival day shares more words', () => {
    const c = checkDraft('Fraser faces a murder charge over the shooting on Monday of Ron Lane, a manager at the warehouse.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence[0]?.value).toBe('Monday');
  });
  it('a day no source states stays unsupported', () => {
    expect(checkDraft('Fraser faces a murder charge over the shooting on Sunday of Ron Lane, a manager at the warehouse.', source)[0]?.verdict).toBe('unsupported');
  });
});

describe('a calendar date that writes its weekday', () => {
  const source = [{ id: 's', text: 'Sunday, November 6, 2011\nGeoffrey Mutai of Kenya won the New York City Marathon in a course record.' }];
  it('states that day: "Sunday, November 6, 2011" supports the draft\'s "on Sunday"', () => {
    expect(checkDraft('Geoffrey Mutai shattered the New York City Marathon course record on Sunday.', source)[0]?.verdict).toBe('supported');
  });
  it('and no other: "on Saturday" is not supported', () => {
    expect(checkDraft('Geoffrey Mutai shattered the New York City Marathon course record on Saturday.', source)[0]?.verdict).not.toBe('supported');
  });
  it('nor a day the source tells otherwise: a filing date "Tuesday 7 March 2023 — … struck late on Monday" is no support for "on Tuesday night"', () => {
    const filed = [{ id: 's', text: 'KATHMANDU, Nepal, Tuesday 7 March 2023 — A magnitude-6.4 earthquake struck western Nepal late on Monday, killing at least 38 people, officials said on Tuesday.' }];
    expect(checkDraft('A 6.4-magnitude earthquake killed nearly 40 people in Nepal on Tuesday night.', filed).find((c) => c.text.includes('Tuesday'))?.verdict).toBe('contradicted');
    expect(checkDraft('A 6.4-magnitude earthquake killed nearly 40 people in Nepal on Monday night.', filed).find((c) => c.text.includes('Monday'))?.verdict).toBe('supported');
  });
});

describe('statedDay: an event dated "on" a weekday with its date', () => {
  it('confirms the draft\'s weekday, though the source names another day for another event', () => {
    for (const date of ['on Thursday (Jun 13)', 'on Thursday, June 13']) {
      const source = [{ id: 's', text: `The Raptors won the title with a 114-110 victory ${date}. Durant had returned in game five Monday.` }];
      expect(checkDraft('The Raptors won the NBA title on Thursday.', source).find((c) => /Thursday/.test(c.text))?.verdict).toBe('supported');
      expect(checkDraft('The Raptors won the NBA title on Wednesday.', source).find((c) => /Wednesday/.test(c.text))?.verdict).toBe('contradicted');
    }
  });
});
