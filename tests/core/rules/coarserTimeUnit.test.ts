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

describe('coarserTimeUnit: a strongly framed length with no word beside the figure in common', () => {
  const source = [{ id: 's', text: 'Petrie will be confirmed as permanent manager on Friday, exactly eight weeks after she was asked to take charge. She has impressed the chairman during her spell at the helm.' }];
  const length = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('"her two months in charge" rounds the source\'s "exactly eight weeks after she was asked to take charge"', () => {
    expect(length('Her two months in charge have impressed the chairman.')).toBe('supported');
    expect(length('Her four months in charge have impressed the chairman.')).not.toBe('supported');
  });
});
