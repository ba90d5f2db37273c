import { describe, expect, it } from 'vitest';
import { checkDraft, type SourceDocument } from '../../../core/index.ts';

const source: SourceDocument = {
  id: 'wire',
  text: 'Rescuers searched collapsed homes in the capital. Ram Khanal, 27, was pulled alive from the rubble. One person died.',
};

describe('sameDigitsElsewhere: the same digits for something else are a near miss, not support', () => {
  it('names whose age the digits are', () => {
    const [c] = checkDraft('Rescuers searched 27 buildings.', [source]);
    expect(c).toMatchObject({ verdict: 'unsupported' });
    expect(c?.nearMiss?.note).toBe("The source's 27 is Khanal's age.");
    expect(c?.evidence).toEqual([]);
  });
  it('does not let a count of people stand for an amount of money', () => {
    const [c] = checkDraft('The government pledged $1bn in emergency funding.', [source]);
    expect(c?.verdict).toBe('unsupported');
    expect(c?.nearMiss?.value).toBe('One');
  });
});
