// Par from one player's round told against it gives another's: a 66 on a par-72 course is six under.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Reid stumbled to a three-over-par 75. Hart carded seven birdies and one bogey in his 66.' }];
const atPar = (draft: string) => checkDraft(draft, source).find((c) => c.unit === 'under par');

describe('toParOfRound', () => {
  it('supports a score against par that the source\'s par and round give', () => {
    const c = atPar('Hart carded a six-under-par 66.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: par is 72 ('three-over-par 75'), so a 66 is six-under-par.");
  });
  it('not one the arithmetic does not give', () => {
    expect(atPar('Hart carded a seven-under-par 66.')?.verdict).not.toBe('supported');
  });
});
