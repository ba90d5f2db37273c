import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined =>
  checkDraft(draft, [{ id: 's', text: source }]).find((c) => draft.slice(c.start, c.end).includes('month') || draft.slice(c.start, c.end).includes('year'))?.verdict;

describe('coarserTimeUnit', () => {
  it('"two months" is the whole count "eight weeks" rounds to, a month reckoned as four weeks', () => {
    expect(verdict('The new coach was appointed two months after the old one left.', 'The new coach was appointed exactly eight weeks after the old one left.')).toBe('supported');
  });
  it('a length that rounds to another count, or lies too far off, is still a conflict', () => {
    const six = 'The new coach was appointed six weeks after the old one left.';
    expect(verdict('The new coach was appointed two months after the old one left.', six)).toBe('contradicted');
    // 18 months is a year and a half: "two years" rounds it half up but is a quarter off.
    expect(verdict('The bridge reopened two years after the flood.', 'The bridge reopened 18 months after the flood.')).toBe('contradicted');
  });
  it('a hedged draft figure keeps its own convention', () => {
    expect(verdict('The new coach was appointed more than two months after the old one left.', 'The new coach was appointed eight weeks after the old one left.')).not.toBe('supported');
  });
});
