// "in the three months to September" is the source's "in the quarter to September", "the six
// months to 31 July" its "half year ended 31 July"; and a
// suspended hyphen ("16- to 24-year-olds") leaves one range of ages.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The jobless total dropped by 49,000 in the quarter to September to 2.51 million. Unemployment among 16 to 24-year-olds fell by 49,000.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;

describe('monthsOfPeriod', () => {
  it('the three months to a month are the quarter to that month', () => {
    expect(verdictOf('The jobless total fell by 49,000 to 2.51 million in the three months to September.', 'three months')).toBe('supported');
    expect(verdictOf('The jobless total fell by 49,000 to 2.51 million in the three months to August.', 'three months')).not.toBe('supported');
  });
  it('so are a fiscal quarter "ended" on a day and a half year, each only for its own length and month', () => {
    const results = [{ id: 's', text: 'Apple posted net profit of $7.8bn in the fiscal third quarter ended June 25. Kingfisher reported a rise in pre-tax profit of over 20 per cent in the half year ended 31 July.' }];
    const verdict = (draft: string, text: string) => checkDraft(draft, results).find((c) => c.text === text)?.verdict;
    expect(verdict('Apple made net profit of $7.8bn in the three months to June 25.', 'three months')).toBe('supported');
    expect(verdict('Kingfisher said pre-tax profit rose by more than 20% in the six months to 31 July.', 'six months')).toBe('supported');
    expect(verdict('Kingfisher said pre-tax profit rose by more than 20% in the nine months to 31 July.', 'nine months')).not.toBe('supported');
    expect(verdict('Kingfisher said pre-tax profit rose by more than 20% in the six months to 31 August.', 'six months')).not.toBe('supported');
  });
});

describe('suspended hyphens', () => {
  it('"16- to 24-year-olds" is one range of ages, met by the source\'s "16 to 24-year-olds"', () => {
    expect(findMentions('The fall came among 16- to 24-year-olds.').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 16, 24]]);
    expect(verdictOf('The whole fall came among 16- to 24-year-olds.', '16- to 24-year-olds')).toBe('supported');
  });
});
