// The members of a body are whoever it is made of: "Ten members of a drug-dealing gang" are the
// source's "A gang of 10 drug dealers", and "Two of the gang" its "Two members of the gang".
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const GANG = 'A gang of 10 drug dealers have been jailed for a total of 62 years. Two members of the gang were filmed at a service station. Six women were arrested.';

describe('members of a body', () => {
  it('agree with the people the body is made of', () => {
    expect(verdictOf('Ten members of a drug-dealing gang have been jailed.', GANG, 'Ten')).toBe('supported');
  });
  it('a part of the body counts its members', () => {
    expect(verdictOf('Two of the gang were filmed at a service station.', GANG, 'Two')).toBe('supported');
  });
  it('another figure of the members is still no support', () => {
    expect(verdictOf('Twelve members of a drug-dealing gang have been jailed.', GANG, 'Twelve')).not.toBe('supported');
    expect(verdictOf('Three of the gang were filmed at a service station.', GANG, 'Three')).not.toBe('supported');
  });
});
