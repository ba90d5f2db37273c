// "Up to N" names a maximum: the source must give N as its figure or its top.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('"up to N" needs a maximum of N', () => {
  it('is supported by N itself or a top end of N', () => {
    expect(verdict('The bridge will cost up to £40m.', 'The bridge will cost between £35m and £40m, the council said.')).toBe('supported');
    expect(verdict('Up to 60 flights were cancelled.', 'Airlines cancelled 60 flights on Monday.')).toBe('supported');
  });
  it('is not supported by a smaller figure, though the bound is true', () => {
    expect(verdict('The bridge will cost up to £45m.', 'The bridge will cost between £35m and £40m, the council said.')).not.toBe('supported');
    expect(verdict('Up to 60 flights were cancelled.', 'Airlines cancelled 37 flights on Monday.')).not.toBe('supported');
  });
});
