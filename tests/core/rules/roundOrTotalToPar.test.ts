import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// A round's score against par ("a one-under 71") and the tournament's total against par
// ("17-under overall") are two quantities: neither contradicts the other.
describe('a round against par and the total against par', () => {
  const source = 'The Northern Irishman shot a one-under 71 on Sunday, finishing at 17-under overall to win by two strokes.';
  it('the round\'s one under is the source\'s, not a misstated total', () => {
    expect(verdictOf('McIlroy completed a wire-to-wire victory on Sunday, closing with a one-under-par 71 to finish at 17 under and win by two strokes.', source, 'one-under-par')).toBe('supported');
  });
  it('a wrong total is still caught', () => {
    expect(verdictOf('McIlroy closed with a one-under-par 71 to finish at 15 under.', source, '15 under')).not.toBe('supported');
  });
});
