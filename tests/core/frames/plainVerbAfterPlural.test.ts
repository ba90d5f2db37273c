// "The 18 patients range in age from a toddler …": a verb in its plain form after a plural noun is
// the clause's predicate, so the figure counts the patients, not a "range".
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'The 18 patients range in age from a toddler through young adulthood, a spokeswoman said.';

describe('plain verb after a plural noun', () => {
  it('"18 patients" is the source\'s count of patients', () => {
    expect(verdictOf('The 18 patients affected at the centre are mostly children.', source, '18')).toBe('supported');
    expect(verdictOf('The 19 patients affected at the centre are mostly children.', source, '19')).not.toBe('supported');
  });
  it('so after a measure\'s own unit: "under two hours and 18 minutes collect"', () => {
    const race = 'Any man who crosses the finish line under two hours, 18 minutes stands to earn an extra $2,000.';
    expect(verdictOf('Men who finish in under two hours and 18 minutes collect an extra $2,000.', race, 'under two hours and 18 minutes')).toBe('supported');
  });
});
