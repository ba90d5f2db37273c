// A group counted by its latest member: "A third man was arrested", or "Two men were arrested …
// Another man was arrested", is three men arrested.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

describe('nthOfEvent', () => {
  it('"Three men have been arrested" for "… A third man was arrested"', () => {
    const source = 'Two men, aged 30 and 25, were arrested on suspicion of possessing drugs. A third man was arrested in Windsor Drive on suspicion of failing to stop.';
    expect(verdictOf('Three men have been arrested after police raided several homes.', source, 'Three')).toBe('supported');
    expect(verdictOf('Four men have been arrested after police raided several homes.', source, 'Four')).not.toBe('supported');
    // Another verb is another group: three men were not charged.
    expect(verdictOf('Three men have been charged after police raided several homes.', source, 'Three')).not.toBe('supported');
  });
  it('"Three men have been arrested" for "Two men were arrested … Another man was arrested"', () => {
    const source = 'Two men were arrested today at a maisonette in Broad Street on suspicion of possessing drugs. Another man was arrested in Windsor Drive on suspicion of failing to stop.';
    expect(verdictOf('Three men have been arrested after police raided several homes.', source, 'Three')).toBe('supported');
    expect(verdictOf('Four men have been arrested after police raided several homes.', source, 'Four')).not.toBe('supported');
  });
});
