// People counted by their nationality: "three Russian nationals" are the draft's "three Russians".
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const CRASH = 'Thirty-two Kenyans, 17 Ethiopians and three Russian nationals are among the dead. Eight British citizens were on board.';

describe('a nationality as the head', () => {
  it('the nationals of a country are its people, as the plural names them', () => {
    expect(verdictOf('The dead included 32 Kenyans, 17 Ethiopians and three Russians.', CRASH, 'three')).toBe('supported');
    expect(verdictOf('Eight Britons were on board.', CRASH, 'Eight')).not.toBe('contradicted');
  });
  it('another nationality is other people', () => {
    expect(verdictOf('The dead included three Kenyans.', CRASH, 'three')).not.toBe('supported');
  });
});
