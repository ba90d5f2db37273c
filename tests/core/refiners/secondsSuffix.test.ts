import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('secondsSuffix', () => {
  it('reads an "s" glued to a decimal, or to a whole number before a word of a gap, as seconds', () => {
    expect(findMentions('Bolt ran 9.58s in Berlin.')[0]).toMatchObject({ text: '9.58s', kind: 'duration', unit: 'second' });
    expect(findMentions('He finished 10s ahead of Button.')[0]).toMatchObject({ text: '10s', unit: 'second' });
  });
  it('leaves ages and decades alone: "in their 20s", "the 1990s"', () => {
    expect(findMentions('People in their 20s.')[0]?.kind).toBe('age');
    expect(findMentions('It began in the 1990s.')[0]?.kind).toBe('year');
  });
  it('so the source\'s "10s ahead" supports the draft\'s "10 seconds ahead"', () => {
    const source = [{ id: 's', text: 'Vettel was able to finish 10s ahead of McLaren\'s Jenson Button.' }];
    expect(checkDraft('Vettel finished 10 seconds ahead of Jenson Button.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Vettel finished 12 seconds ahead of Jenson Button.', source)[0]?.verdict).not.toBe('supported');
  });
});
