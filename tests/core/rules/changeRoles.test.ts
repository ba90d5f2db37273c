// "rose from 200 to 400": two values of a change, the one before and the one after, never a
// range, and neither one supports or contradicts a draft's figure for the other.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const verdicts = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => c.verdict);
const SOURCE = 'Cases rose from 200 to 400 in a week.';

describe('values before and after a change', () => {
  it('reads "rose from 200 to 400" as two figures, and "from $20 to $40" without a verb as a range', () => {
    // "in a week" is a length of its own (hedgedAUnit).
    expect(findMentions(SOURCE).map((m) => [m.value, m.high])).toEqual([[200, undefined], [400, undefined], [1, undefined]]);
    expect(findMentions('Tickets cost from $20 to $40.').map((m) => [m.value, m.high])).toEqual([[20, 40]]);
  });
  it('supports the value after by the value after, and contradicts a wrong one by it, not by the value before', () => {
    expect(verdicts('The number of cases doubled to 400.', SOURCE)).toEqual(['supported']);
    expect(verdicts('Cases rose to 200.', SOURCE)).toEqual(['contradicted']);
    expect(checkDraft('Cases rose to 300.', [{ id: 's', text: SOURCE }])[0]?.evidence[0]?.value).toBe('400');
  });
  it('reads the role from before a hedge: "rose to nearly 39% from 31%" is the level after', () => {
    const source = 'Turnout was 38.6%, up from 31% in the first round on 1 March.';
    expect(checkDraft('Turnout rose to nearly 39% from the first round.', [{ id: 's', text: source }])[0]?.verdict).toBe('supported');
  });
  it('finds the verb across its object: "raise the state pension age from 62 to 64"', () => {
    const source = 'The government plans to raise the state pension age from 66 to 68 by 2040.';
    expect(findMentions(source).map((m) => m.value)).toEqual([66, 68, 2040]);
    expect(checkDraft('The pension age will rise to 68.', [{ id: 's', text: source }])[0]?.verdict).toBe('supported');
  });
  it('the size of a change ("rose 5%") is neither the level before nor after it', () => {
    expect(verdicts("Support for the party rose 5% to 35%.", "The party's support rose from 30% to 35%.")).toEqual(['unsupported', 'supported']);
    expect(verdicts('Sales rose 7%.', 'Sales rose 5% in March.')).toEqual(['contradicted']);
  });
});

describe("a source's own hedge", () => {
  it('"about 5,000" leaves "more than 5,000" unsupported, not contradicted, and still supports "5,000"', () => {
    const source = 'About 5,000 people were evacuated.';
    expect(verdicts('More than 5,000 people were evacuated.', source)).toEqual(['unsupported']);
    expect(verdicts('5,000 people were evacuated.', source)).toEqual(['supported']);
    expect(verdicts('8,000 people were evacuated.', source)).toEqual(['contradicted']);
  });
});


describe('changeRoles: a verb of change in the present or infinitive', () => {
  it('"saw its figure dip 5.6% to 81.8%" is a change and a level, not a range', () => {
    const ms = findMentions('Northern Rail saw its trains-on-time figure dip 5.6% to 81.8%.');
    expect(ms.map((m) => [m.value, m.high])).toEqual([[5.6, undefined], [81.8, undefined]]);
  });
  it('so the draft\'s "falling 5.6% to 81.8%" meets both', () => {
    const source = [{ id: 's', text: 'Northern Rail saw its trains-on-time figure dip 5.6% to 81.8%.' }];
    const claims = checkDraft('Northern Rail had the worst record, its figure falling 5.6% to 81.8%.', source);
    expect(claims.filter((c) => c.kind === 'percent').map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});

describe('changeRoles: lifting a level, and the noun of a change', () => {
  const SCHOOL = 'The expansion means that the number of pupils who are admitted to Reception every year will increase from 40 to 45. '
    + 'Overall, the school will grow from 280 pupils to 315.';
  const on = (draft: string, figure: string) => checkDraft(draft, [{ id: 's', text: SCHOOL }]).find((c) => c.text.includes(figure))?.verdict;
  it('"lifts its intake from 40 to 54" is a change, the 54 its level after', () => {
    expect(on('The expansion lifts its annual Reception intake from 40 to 54.', '54')).not.toBe('supported');
    expect(on('The expansion lifts its annual Reception intake from 40 to 45.', '45')).toBe('supported');
  });
  it('"an increase of 45 places" sizes the change, and is no level after another', () => {
    expect(on('The number of pupils will rise from 280 to 315, an increase of 45 places.', '45')).not.toBe('supported');
  });
});

describe('changeRoles: scores a change runs between', () => {
  it('"lifting the score from 159-4 to 245-5" keeps each score whole', () => {
    const draft = 'Stokes and Bairstow put on 86, lifting the score from 159-4 to 245-5.';
    expect(findMentions(draft).filter((m) => m.kind === 'score').map((m) => draft.slice(m.start, m.end).replace(/^from /, ''))).toEqual(['159-4', '245-5']);
    const source = [{ id: 's', text: 'Stokes and Jonny Bairstow shared an 86-run stand, taking England from 159-4 to 245-5.' }];
    expect(checkDraft(draft, source).filter((c) => /-/.test(c.text)).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
  it('an article and its adjective may stand before the level after ("to a still-low 4.9 percent"), and a level with no change told is the level after', () => {
    const source = 'The unemployment rate rose from 4.7 percent to a still-low 4.9 percent, the department said on Friday.';
    expect(checkDraft('Key facts:\n• Unemployment rate: 4.9 percent', [{ id: 's', text: source }]).find((c) => c.text === '4.9 percent')?.verdict).toBe('supported');
    expect(checkDraft('The unemployment rate fell to 4.7 percent.', [{ id: 's', text: source }])[0]?.verdict).not.toBe('supported');
  });
});
