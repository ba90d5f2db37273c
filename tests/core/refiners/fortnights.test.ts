import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('fortnights', () => {
  it('reads "a fortnight" as a duration of two weeks, and not "fortnightly"', () => {
    const ms = findMentions('The ferry sails fortnightly; the strike lasted a fortnight.');
    expect(ms.map((m) => [m.text, m.value])).toEqual([['a fortnight', 2]]);
  });
  it('a source\'s "a fortnight" supports a draft\'s "two weeks"', () => {
    const source = [{ id: 's', text: 'The bridge reopened a fortnight after the flood closed it.' }];
    expect(checkDraft('The bridge reopened two weeks after the flood.', source)[0]?.verdict).toBe('supported');
  });
  it('and contradicts "three weeks"', () => {
    const source = [{ id: 's', text: 'The bridge reopened a fortnight after the flood closed it.' }];
    expect(checkDraft('The bridge reopened three weeks after the flood.', source)[0]?.verdict).toBe('contradicted');
  });
  it('"a fortnight ago" is a date back from now, as "two weeks ago" is', () => {
    const source = [{ id: 's', text: 'The club lost 2-1 at home two weeks ago.' }];
    expect(findMentions('They lost a fortnight ago.')[0]).toMatchObject({ text: 'a fortnight ago', kind: 'date' });
    expect(checkDraft('The club lost at home a fortnight ago.', source)[0]?.verdict).toBe('supported');
  });
});
