// An ordinal that counts a streak is not supported by an ordinal that names a period or a rank.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('streaks', () => {
  it('"a third quarter running" is not supported by "third-quarter profit"', () => {
    expect(verdict('Exports fell for a third quarter running.', 'The firm reported third-quarter profit of $2m. Exports fell for a second straight quarter.')).not.toBe('supported');
  });
  it('a streak supports a streak', () => {
    expect(verdict('Exports fell for a fourth quarter running.', 'Exports fell for a fourth straight quarter, the firm said.')).toBe('supported');
  });
});
