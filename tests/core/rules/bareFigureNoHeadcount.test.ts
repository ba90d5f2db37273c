import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// A bare source figure that says nothing of what it counts is no count of the people the draft
// names, however many names the two sentences share.
describe('a bare figure beside the same names', () => {
  const source = 'WINNER: Justin Thomas, who shot a 3-under 68 for an 8-under 276 and a two-stroke victory over Francesco Molinari, Louis Oosthuizen and Patrick Reed.';
  it('does not contradict "three players"', () => {
    expect(verdictOf('Thomas finished two strokes clear of three players, Francesco Molinari, Louis Oosthuizen and Patrick Reed.', source, 'three')).not.toBe('contradicted');
  });
  it('a count of people is still contradicted by the source\'s count of them', () => {
    expect(verdictOf('Three players were injured.', 'Four players were injured in the crash.', 'Three')).toBe('contradicted');
  });
});
