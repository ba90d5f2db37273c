import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { readMentions } from '../../../core/mentions/configuration.ts';
import { tokenize } from '../../../core/text/tokenize.ts';

/** Every mention the checker reads, implied ones included (findMentions lists only written figures). */
const read = (text: string) => readMentions(text, tokenize(text)).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);

describe('aDecade', () => {
  it('reads "a decade" and "a century" as one of their unit, not "once a decade"', () => {
    const text = 'The dam may fail within a decade; floods like this come once a decade; the mill stood a century.';
    expect(read(text)).toEqual([['a decade', 1, 'decade'], ['a century', 1, 'century']]);
    // Not figures the writer wrote: the public list leaves them out.
    expect(findMentions(text)).toEqual([]);
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
