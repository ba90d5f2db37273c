// "278 regular and recurring LGBT characters" counts characters: modifiers joined by "and" lead to
// the noun after them. "The number of … characters has reached 278" counts the subject's noun.
import { describe, expect, it } from 'vitest';
import { headOf } from './headOf.ts';

describe('frameOf: coordinated modifiers and "the number of" subjects', () => {
  it('reads past "regular and recurring" to the noun', () => {
    expect(headOf('Glaad counted 278 regular and recurring LGBT characters.', '278')).toBe('character');
    expect(headOf('The league has five Scottish and Welsh clubs.', 'five')).toBe('club');
  });
  it('leaves a join of two counted things alone', () => {
    expect(headOf('Police arrested three men and a woman.', 'three')).toBe('men');
    expect(headOf('The fire destroyed 40 homes and 12 shops.', '40')).toBe('home');
  });
  it('gives a clause-final figure the noun of its "the number of" subject', () => {
    expect(headOf('The number of LGBT characters on scripted TV has reached 278, Glaad said.', '278')).toBe('character');
    expect(headOf('The total has reached 278, Glaad said.', '278')).toBeUndefined();
  });
  it('ends the "the number of" noun phrase at a preposition after its noun', () => {
    // "Wales" ends in "s" like a plural; it places the patients and is not what is counted.
    expect(headOf('The number of patients in Wales waiting more than 36 weeks has tripled.', 'more than 36 weeks')).toBe('patient');
    expect(headOf('The number of fighters from Brussels has reached 40.', '40')).toBe('fighter');
  });
});
