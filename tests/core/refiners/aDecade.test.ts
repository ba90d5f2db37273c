import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('aDecade', () => {
  it('reads "a decade" and "a century" as one of their unit, not "once a decade"', () => {
    const ms = findMentions('The dam may fail within a decade; floods like this come once a decade; the mill stood a century.');
    expect(ms.map((m) => [m.text, m.value, m.unit])).toEqual([['a decade', 1, 'decade'], ['a century', 1, 'century']]);
  });
  it('a source\'s "within a decade" supports a draft\'s "within ten years" and contradicts "within five years"', () => {
    const source = [{ id: 's', text: 'The minister said the new line would be built within a decade.' }];
    expect(checkDraft('The line will be built within ten years, the minister said.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The line will be built within five years, the minister said.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a draft\'s "a decade" is read but not put to the editor: the writer counted nothing', () => {
    expect(checkDraft('He served for more than a decade.', [{ id: 's', text: 'He served in the army for 12 years.' }])).toEqual([]);
  });
  it('"a decade ago" is a date back from now, as "ten years ago" is', () => {
    expect(checkDraft('The plant closed ten years ago.', [{ id: 's', text: 'The plant closed a decade ago.' }])[0]?.verdict).toBe('supported');
  });
});
