// "Nearly" a few of a coarse unit is told to a quarter of one: "nearly two decades" for 18 years,
// "almost two years" for 22 months; a larger figure keeps its tighter reach.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const at = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(figure))?.verdict;

describe('nearly a few of a coarse unit', () => {
  it('"nearly two decades" is 18 years, "almost two years" 21 months', () => {
    expect(at('It was the club\'s first title in nearly two decades.', 'It was the club\'s first title in 18 years.', 'two decades')).toBe('supported');
    expect(at('It was his first win in almost two years.', 'It was his first win in 21 months.', 'two years')).toBe('supported');
  });
  it('not further below, nor above', () => {
    expect(at('It was the club\'s first title in nearly two decades.', 'It was the club\'s first title in 16 years.', 'two decades')).not.toBe('supported');
    expect(at('It was the club\'s first title in nearly two decades.', 'It was the club\'s first title in 21 years.', 'two decades')).not.toBe('supported');
    expect(at('Nearly 30 people were hurt.', 'Some 26 people were hurt.', '30')).not.toBe('supported');
  });
});
