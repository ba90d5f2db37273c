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
    // Nor is the "One" a near miss: no digits of "$1bn" are in it (see below).
    expect(c?.nearMiss).toBeUndefined();
  });
});

describe('sameDigitsElsewhere: no near miss between an amount and a number word', () => {
  it('"$1bn" is unsupported with no pointer to "One person died"', () => {
    const c = checkDraft('The state set aside $1bn in emergency drought funding.', [{ id: 's', text: 'One person died in the collapse, officials said.' }])[0];
    expect(c?.verdict).toBe('unsupported');
    expect(c?.nearMiss).toBeUndefined();
  });
  it('but "$4bn" still points at the source\'s "4%"', () => {
    const c = checkDraft('Sales reached $4bn.', [{ id: 's', text: 'Sales rose 4% in the year.' }])[0];
    expect(c?.verdict).toBe('unsupported');
    expect(c?.nearMiss?.quote).toContain('4%');
  });
});
