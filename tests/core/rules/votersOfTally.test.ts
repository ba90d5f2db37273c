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
