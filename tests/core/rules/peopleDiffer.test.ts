// A strong frame (a shared outcome word) is not support when the two figures count different people.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('different groups of people', () => {
  it('"12 protesters were injured" is not supported by "12 officers were injured"', () => {
    expect(verdict('Twelve protesters were injured in the clashes.', 'Police said 12 officers were injured in the clashes.')).not.toBe('supported');
  });
  it('the same people under a synonym or a general word still agree', () => {
    expect(verdict('Twelve soldiers were injured in the attack.', 'The army said 12 troops were injured in the attack.')).toBe('supported');
    expect(verdict('Twelve people were injured in the clashes.', 'Police said 12 officers were injured in the clashes.')).toBe('supported');
  });
});

describe('peopleDiffer: attackers are not the toll of "people"', () => {
  const source = [{ id: 's', text: 'Commandos who landed on the hospital roof killed all four attackers, officials said.' }];
  it('"at least two people have been killed" is not supported by "killed all four attackers"', () => {
    const c = checkDraft('At least two people have been killed in an attack on a hospital.', source).find((x) => x.kind === 'count');
    expect(c?.verdict).not.toBe('supported');
  });
  it('"four attackers were killed" still is', () => {
    const c = checkDraft('All four attackers were killed by commandos.', source).find((x) => x.kind === 'count');
    expect(c?.verdict).toBe('supported');
  });
});
