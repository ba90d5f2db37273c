// "next Thursday" is a day to come; without dates it is not the "on Thursday" of a past report.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'Thousands of teachers marched in the capital on Thursday. The union called a further strike for Tuesday 14 March.';
const dayVerdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }]).find((c) => /day/.test(c.text))?.verdict;

describe('"next" before a weekday', () => {
  it('is not confirmed by a plain weekday of the same name', () => {
    expect(dayVerdict('The union has called another strike for next Thursday.')).not.toBe('supported');
  });
  it('the plain weekday still confirms the plain weekday', () => {
    expect(dayVerdict('Teachers marched in the capital on Thursday.')).toBe('supported');
  });
});
