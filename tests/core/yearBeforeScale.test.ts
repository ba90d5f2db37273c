// "from 285 million units in Q1 2014 to 345 million in Q1 2015": the scale of the figure after
// "to" belongs to it, not to the year before it ("1.2-1.5 million" shares its scale; a year does
// not), and a year "to" a scaled figure is no range.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

describe('a year before "to" and a scaled figure', () => {
  it('stays a year, and no range', () => {
    const ms = findMentions('The market grew from 285 million units in Q1 2014 to 345 million in Q1 2015.');
    expect(ms.find((m) => m.kind === 'year')).toMatchObject({ value: 2014 });
    const year = findMentions('Passenger numbers rose 7.3% on 2016 to 4.1 billion.').find((m) => m.kind === 'year');
    expect(year?.value).toBe(2016);
    expect(year?.high).toBeUndefined();
    expect(findMentions('Between 1.2-1.5 million people came.')[0]).toMatchObject({ value: 1.2e6, high: 1.5e6 });
  });
  it('so the report\'s now is 2015, and its 2015 share is news, not a look back', () => {
    const source = [{ id: 's', text: "Samsung's global share of the smartphone market dropped to 24.1% in the first quarter of 2015. The global smartphone market grew 21%, from 285 million units in Q1 2014 to 345 million in Q1 2015." }];
    expect(checkDraft("Samsung's share of the global market shrank to 24.1%, a fall of about seven points.", source).find((c) => c.text === '24.1%')?.verdict).toBe('supported');
  });
});
