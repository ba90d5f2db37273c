import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a length of time beside an outcome word', () => {
  const source = 'The cyclist spent 13 days in intensive care with his injuries before he died.';
  it('counts days, whichever outcome is nearer', () => {
    expect(verdict('The cyclist died after nearly two weeks in intensive care.', source)).toBe('supported');
    expect(verdict('The cyclist died after 13 days in intensive care.', source)).toBe('supported');
    expect(verdict('The cyclist died after three weeks in intensive care.', source)).not.toBe('supported');
  });
  it('a count still counts its own outcome: the injured are not the killed', () => {
    expect(verdict('Three people were injured.', 'Three people were killed and 12 injured.')).not.toBe('supported');
  });
});
