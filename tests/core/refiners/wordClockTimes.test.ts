import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: "The victim was queuing for food in St George's Street at about 02:15 GMT on Friday when the assault occurred." }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).includes(figure));

describe('wordClockTimes', () => {
  it('reads "quarter past two", "half past nine", "a quarter to ten", "five o\'clock" as one time each', () => {
    const ms = findMentions("They met at half past nine. It was five o'clock. At a quarter to ten in the evening they left.");
    expect(ms.map((m) => [m.text, m.kind])).toEqual([['half past nine', 'date'], ["five o'clock", 'date'], ['a quarter to ten', 'date']]);
  });
  it('checks it against the source\'s clock time, with the half of the day its words give', () => {
    expect(on('She was attacked at about quarter past two on Friday morning.', 'quarter past two')?.verdict).toBe('supported');
    expect(on('She was attacked at about quarter past two on Friday afternoon.', 'quarter past two')?.verdict).toBe('contradicted');
    // A count after "past" is no time without its minutes: "two past winners".
    expect(findMentions('She beat two past winners.')[0]?.kind).toBe('count');
    expect(findMentions('The number fell from twenty to ten.').map((m) => m.kind)).toEqual(['count', 'count']);
  });
});
