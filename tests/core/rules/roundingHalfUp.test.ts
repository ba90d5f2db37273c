import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a plain round figure rounds half up', () => {
  const source = 'The border watch list now includes 12,500 individuals.';
  it('"12,000" does not stand for 12,500, which rounds to 13,000', () => {
    expect(verdict('The watch list holds 12,000 people.', source)).not.toBe('supported');
    expect(verdict('The watch list holds 13,000 people.', source)).toBe('supported');
  });
  it('values that round to the figure still support it', () => {
    expect(verdict('The watch list holds 12,000 people.', 'The border watch list now includes 12,480 individuals.')).toBe('supported');
    expect(verdict('The watch list holds 12,000 people.', 'The border watch list now includes 11,500 individuals.')).toBe('supported');
    // "1.3m" is 1.25m up to, not including, 1.35m.
    expect(verdict('The council spent £1.3m.', 'The council spent £1.35m on repairs.')).not.toBe('supported');
    expect(verdict('The council spent £1.3m.', 'The council spent £1.25m on repairs.')).toBe('supported');
  });
  it('a hedge keeps its own reach: "about 12,000" may be 12,500', () => {
    expect(verdict('The watch list holds about 12,000 people.', source)).toBe('supported');
  });
});
