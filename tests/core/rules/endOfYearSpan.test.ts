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

describe('endOfYearSpan: a span written "1988-89"', () => {
  const strange = [{ id: 's', text: 'Koepka is the first player since Curtis Strange in 1988-89 to win back-to-back US Open titles.' }];
  const years = (draft: string) => checkDraft(draft, strange).filter((c) => c.kind === 'year').map((c) => [c.text, c.verdict]);
  it('each end the draft gives is supported, as the span\'s words meet the draft\'s', () => {
    expect(years('He is the first to win back-to-back US Opens since Curtis Strange in 1988 and 1989.')).toEqual([['1988', 'supported'], ['1989', 'supported']]);
  });
  it('a year outside the span is not, nor one told of something else', () => {
    expect(years('He is the first to win back-to-back US Opens since Curtis Strange in 1987 and 1988.')[0]?.[1]).not.toBe('supported');
    expect(years('The firm\'s profits rose in 1988.')[0]?.[1]).not.toBe('supported');
  });
});
