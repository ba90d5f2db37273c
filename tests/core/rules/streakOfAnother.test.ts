// A streak word after "and" and another figure is that figure's: in "a bogey at the 10th and three
// straight double-bogeys" the 10th is a hole, not a streak, and the source's "No. 10" supports it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Echavarria fell away: after a bogey at No. 10, he carded double-bogeys at 11, 12 and 13.' }];
const verdictOf = (draft: string) => checkDraft(draft, source).find((c) => c.text === '10th')?.verdict;

describe('countsStreak: the streak word of another figure', () => {
  it('"the 10th and three straight double-bogeys" is the source\'s "No. 10"', () => {
    expect(verdictOf('Echavarria fell away after a bogey at the 10th and three straight double-bogeys.')).toBe('supported');
  });
  it('"the 10th straight" is still a streak, which a hole\'s number does not support', () => {
    expect(verdictOf('Echavarria made a bogey for the 10th straight round.')).not.toBe('supported');
  });
});
