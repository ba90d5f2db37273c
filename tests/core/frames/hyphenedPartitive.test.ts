// "Usyk landed 179-of-423 (42%) punches": a partitive hyphened into one word counts the noun after
// its whole, and its whole is no value of another part.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Usyk landed 179-of-423 (42%) punches thrown, while Fury landed just 144 of the 509 punches he threw, a 28% clip.';

describe('a partitive hyphened into one word', () => {
  it('"179 of the 423 punches" is the source\'s "179-of-423 (42%) punches"', () => {
    const draft = 'Usyk, now 23-0, landed 179 of the 423 punches he threw, a 42% success rate.';
    expect(verdictOf(draft, source, '179')).toBe('supported');
    expect(verdictOf(draft, source, '423')).toBe('supported');
  });
  it('another part or whole is not', () => {
    expect(verdictOf('Usyk landed 197 of the 423 punches he threw.', source, '197')).not.toBe('supported');
    expect(verdictOf('Usyk landed 179 of the 432 punches he threw.', source, '432')).not.toBe('supported');
  });
});
