import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0];
const SOURCE = 'Sales dropped from £50m last year to £40m.';

describe('percentChange', () => {
  it('supports the size of a change computed from the levels before and after, in its direction', () => {
    const c = verdict('Sales fell by 20%.', SOURCE);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: from £50m to £40m is down 20%. Draft: '20%'.");
    expect(verdict('Cases rose 100% in a week.', 'Cases rose from 200 to 400 in a week.')?.verdict).toBe('supported');
  });
  it('not a wrong size, nor the right size in the wrong direction', () => {
    expect(verdict('Sales fell by 25%.', SOURCE)?.verdict).not.toBe('supported');
    expect(verdict('Sales rose by 20%.', SOURCE)?.verdict).not.toBe('supported');
    // Another thing's levels are not this change.
    expect(verdict('Sales fell by 20%.', 'Profits dropped from £50m last year to £40m.')?.verdict).not.toBe('supported');
  });
});
