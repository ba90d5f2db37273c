import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('elidedCurrency', () => {
  it('a change\'s level after "to" or "from" takes the amount\'s currency: "up 0.1 billion euros to 13.9 billion", "to 4.80 euros a share, up from 3.90"', () => {
    const ms = findMentions('Operating profit inched up 0.2 billion euros to 12.4 billion last year. The dividend rose to 4.80 euros a share, up from 3.90.');
    expect(ms.filter((m) => m.kind === 'money').map((m) => [m.text, m.unit])).toEqual([['0.2 billion euros', 'EUR'], ['12.4 billion', 'EUR'], ['4.80 euros', 'EUR'], ['3.90', 'EUR']]);
    const source = [{ id: 's', text: 'Operating profit inched up 0.2 billion euros to 12.4 billion last year, the group said.' }];
    expect(checkDraft('Operating profit edged up by 0.2 billion euros to 12.4 billion euros.', source).find((c) => c.text.startsWith('12.4'))?.verdict).toBe('supported');
    expect(checkDraft('Operating profit edged up by 0.2 billion euros to 12.9 billion euros.', source).find((c) => c.text.startsWith('12.9'))?.verdict).not.toBe('supported');
  });
  it('not a count of something else, nor across a full stop, nor in another style', () => {
    expect(findMentions('Sales rose 3 euros to 45 people.').map((m) => m.kind)).toEqual(['money', 'count']);
    expect(findMentions('Profit rose 0.2 billion euros. It fell to 12 later.').map((m) => m.kind)).toEqual(['money', 'count']);
    expect(findMentions('Tickets rose 2.50 euros to 40 on the day.').map((m) => m.kind)).toEqual(['money', 'count']);
  });
});
