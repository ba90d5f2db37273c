import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Hardy played Siegfried Farnon in the BBC drama All Creatures Great and Small, which aired between 1978 and 1990.' }];
const year = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'year')?.verdict;

describe('endOfYearSpan', () => {
  it('a year that begins or ends the source\'s span of years is supported', () => {
    expect(year('Hardy found fame in the BBC drama, which ran from 1978.')).toBe('supported');
    expect(year('The BBC drama All Creatures Great and Small aired until 1990.')).toBe('supported');
  });
  it('a year inside or outside the span is not', () => {
    expect(year('Hardy found fame in the BBC drama, which ran from 1979.')).not.toBe('supported');
    expect(year('The BBC drama All Creatures Great and Small aired until 1991.')).not.toBe('supported');
  });
});
