// "in the three months to September" is the source's "in the quarter to September"; and a
// suspended hyphen ("16- to 24-year-olds") leaves one range of ages.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The jobless total dropped by 49,000 in the quarter to September to 2.51 million. Unemployment among 16 to 24-year-olds fell by 49,000.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;

describe('monthsOfQuarter', () => {
  it('the three months to a month are the quarter to that month', () => {
    expect(verdictOf('The jobless total fell by 49,000 to 2.51 million in the three months to September.', 'three months')).toBe('supported');
    expect(verdictOf('The jobless total fell by 49,000 to 2.51 million in the three months to August.', 'three months')).not.toBe('supported');
  });
});

describe('suspended hyphens', () => {
  it('"16- to 24-year-olds" is one range of ages, met by the source\'s "16 to 24-year-olds"', () => {
    expect(findMentions('The fall came among 16- to 24-year-olds.').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 16, 24]]);
    expect(verdictOf('The whole fall came among 16- to 24-year-olds.', '16- to 24-year-olds')).toBe('supported');
  });
});
