import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Workers at the depot said the lights stay on for 18 hours in the day.' }];
const at = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('restOfPeriod', () => {
  it('"18 hours a day, leaving six hours of darkness": a day less the stated length', () => {
    const c = at('The lights stay on for 18 hours a day, leaving six hours of darkness.', 'six hours');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: a day less '18 hours' leaves six hours. Draft: 'six hours'.");
  });
  it('a rest that does not fill the period, or a length no source states, is not derived', () => {
    expect(at('The lights stay on for 18 hours a day, leaving five hours of darkness.', 'five hours')?.verdict).not.toBe('supported');
    expect(at('The lights stay on for 17 hours a day, leaving seven hours of darkness.', 'seven hours')?.verdict).not.toBe('supported');
    // Not a length per period: nothing to take it from.
    expect(at('The lights stayed on for 18 hours, then six hours of darkness followed.', 'six hours')?.verdict).not.toBe('supported');
  });
});
