// A margin told with the two tallies it comes from is their difference: "by more than 800 votes,
// 8,745 to 7,952" is 793, not more than 800, whatever figure a source states elsewhere.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Outling won with 8,745 votes to Vaughan\'s 7,952 in the general election. Of the 7,952, most were cast early.' }];
const verdictOf = (draft: string) => checkDraft(draft, source).find((c) => /800|790|793/.test(c.text))?.verdict;

describe('marginOfOwnTally', () => {
  it('"by more than 800 votes, 8,745 to 7,952" is contradicted by its own tallies', () => {
    expect(verdictOf('Outling beat her by more than 800 votes, 8,745 to 7,952.')).toBe('contradicted');
  });
  it('"by nearly 800 votes" and "by 793 votes" are the tallies\' margin', () => {
    expect(verdictOf('Outling beat her by nearly 800 votes, 8,745 to 7,952.')).toBe('supported');
    expect(verdictOf('Outling beat her by 793 votes, 8,745 to 7,952.')).toBe('supported');
  });
});

describe('marginOfOwnTally: a lead told with its score', () => {
  const source = [{ id: 's', text: 'Among older voters Harris led 51-44 in the survey.' }];
  const at = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);
  it('"seven points clear, at 51-44" is the score\'s gap; a wrong gap is contradicted', () => {
    expect(at('Among older voters Harris was seven points clear, at 51-44.', 'seven')?.verdict).toBe('supported');
    expect(at('Among older voters Harris was nine points clear, at 51-44.', 'nine')?.verdict).toBe('contradicted');
  });
});
