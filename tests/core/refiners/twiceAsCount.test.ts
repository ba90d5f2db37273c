// "Scored twice" is two; "twice as many" is a multiplier, not a count.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('"twice" as a count', () => {
  it('reads "twice" after a verb as two', () => {
    expect(findMentions('Kane scored twice before half-time.').map((m) => [m.text, m.value])).toEqual([['twice', 2]]);
  });
  it('not when it multiplies or sets a rate', () => {
    expect(findMentions('Twice as many people came, twice the size of the hall, twice a week.')).toEqual([]);
  });
  it('supports "two goals" against "scored twice"', () => {
    expect(checkDraft('Kane scored two goals.', [{ id: 's', text: 'Kane scored twice before half-time as Bayern won.' }])[0]?.verdict).toBe('supported');
  });
});
