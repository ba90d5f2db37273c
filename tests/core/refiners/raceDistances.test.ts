import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('raceDistances', () => {
  it('reads "the 5K", "a 3K race" and "the 5,000 m record" as distances beside words of running, and "5K views" as a count', () => {
    expect(findMentions('It was a mixed 3K race and only Laura finished the 5K.').map((m) => [m.text, m.kind])).toEqual([['3K', 'quantity'], ['5K', 'quantity']]);
    expect(findMentions('She is the new 5,000 m record holder.').map((m) => [m.text, m.kind])).toEqual([['5,000 m', 'quantity']]);
    expect(findMentions('The video had 5K views.').map((m) => m.kind)).toEqual(['count']);
  });
  it('so a draft\'s "3,000m" meets the source\'s "3K race", and "10,000m" does not', () => {
    const src = [{ id: 's', text: '"It was a mixed 3K race where all the other girls ran 3K and only Laura finished," she said.' }];
    const distance = (draft: string) => checkDraft(draft, src).find((c) => c.kind === 'quantity')?.verdict;
    expect(distance('It was a mixed race in which the other women ran 3,000m.')).toBe('supported');
    expect(distance('It was a mixed race in which the other women ran 10,000m.')).not.toBe('supported');
  });
});
