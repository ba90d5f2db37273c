// The number of voters a vote's tally adds up to, in the draft's own sentence.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The town council voted 5 to 3 on Tuesday to approve the new budget.' }];
const voters = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;

describe('votersOfTally', () => {
  it('"The eight members split 5-3" counts the tally\'s voters', () => {
    expect(voters('The eight council members split 5-3 on the budget on Tuesday.')).toBe('supported');
    expect(voters('The eight council members voted 5 to 3 for the budget.')).toBe('supported');
  });
  it('not a number the tally does not add up to, nor one with no tally', () => {
    expect(voters('The nine council members split 5-3 on the budget on Tuesday.')).not.toBe('supported');
    expect(voters('The eight council members met on Tuesday.')).not.toBe('supported');
  });
});

describe('votersOfTally: the voters a source\'s tally adds up to', () => {
  const source = [{ id: 's', text: 'MPs voted in favour of the legislation, 329-300 – a majority of 29 votes. The regents raised fees at the other campuses in votes of 5-3.' }];
  const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure))?.verdict;
  it('"with 629 MPs voting" for "voted …, 329-300"', () => {
    expect(on('The bill passed with 629 MPs voting.', '629')).toBe('supported');
    expect(on('The bill passed with 630 MPs voting.', '630')).not.toBe('supported');
  });
  it('not a count of things in a sentence about votes', () => {
    expect(on('The regents voted to raise fees at the eight campuses.', 'eight')).not.toBe('supported');
  });
});
