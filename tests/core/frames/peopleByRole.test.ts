// Occupations and roles count people: "207 passengers, three cockpit crew members and 10 flight
// attendants" make the draft's "220 people" when the draft says it added them up.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'The plane was carrying 207 passengers, three cockpit crew members and 10 flight attendants when it hit turbulence.';

describe('people counted by their role', () => {
  it('passengers, crew members and attendants add up to the people on board', () => {
    expect(verdictOf('The jet was carrying 220 people: 207 passengers plus 13 crew.', source, '220')).toBe('supported');
    expect(verdictOf('The jet was carrying 230 people: 207 passengers plus 23 crew.', source, '230')).not.toBe('supported');
  });
  it('"Five burglars" are the source\'s "five men" of the gang', () => {
    const gang = 'The five men were based in Lincoln and targeted elderly people in their homes.';
    expect(verdictOf('Five burglars from Latvia who targeted elderly people have been jailed.', gang, 'Five')).toBe('supported');
    expect(verdictOf('Six burglars from Latvia who targeted elderly people have been jailed.', gang, 'Six')).not.toBe('supported');
  });
});
