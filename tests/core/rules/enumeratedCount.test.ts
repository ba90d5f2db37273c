import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('enumeratedCount', () => {
  it('counts people the source lists one by one', () => {
    const [c] = checkDraft('Two people were arrested.', [{ id: 's', text: 'Police said a man, 41, and a woman, 23, were arrested after the attack.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('names 2 people');
  });
  it('counts people the source names with their ages', () => {
    const [c] = checkDraft('Two men were killed in the blast.', [{ id: 's', text: 'Anna Berg, 29, and Tom Hale, 56, were repairing a boiler when they were killed.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Anna Berg, 29, and Tom Hale, 56');
  });
  it('a person noun with its age is one person, not two', () => {
    expect(checkDraft('Four people were arrested.', [{ id: 's', text: 'Police said a man, 41, and a woman, 23, were arrested.' }])[0]?.verdict).not.toBe('supported');
  });
  it('a list of another length does not support', () => {
    expect(checkDraft('Three people were arrested.', [{ id: 's', text: 'A man and a woman were arrested at the scene.' }])[0]?.verdict).not.toBe('supported');
  });
});

describe('people listed after the outcome and "of"', () => {
  it('"the bodies of A, 24, and B, 23, were discovered" names two dead', () => {
    const [c] = checkDraft('Police are investigating the murders of two tourists.', [{ id: 's', text: 'The bodies of David Miller, 24, and Hannah Witheridge, 23, were discovered on a beach. Police are holding two suspects.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'bodies of David Miller, 24, and Hannah Witheridge, 23' names 2 people");
  });
});

describe('enumeratedCount: how often is not how many', () => {
  it('"swore at a judge twice" is not supported by two people named in the sentence', () => {
    const source = [{ id: 's', text: 'Stancil, 20, and his friend Lee, 19, were arrested after the shooting.' }];
    const c = checkDraft('Stancil swore at a judge twice after he was arrested.', source).find((x) => x.text === 'twice');
    expect(c?.verdict).not.toBe('supported');
  });
});
