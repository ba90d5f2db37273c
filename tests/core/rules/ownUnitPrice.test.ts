// "$360 a month for eight treatments, or $45 a visit": the draft's own price of one item.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Mr Okafor has a $360-per-month membership that grants him eight treatments. Each session otherwise costs $100.' }];
const price = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('ownUnitPrice', () => {
  it('supports the total over the count, as derived', () => {
    const c = price('Okafor pays $360 a month for eight treatments, or $45 a visit.', '$45');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Derived');
  });
  it('not when the arithmetic is wrong', () => {
    expect(price('Okafor pays $360 a month for eight treatments, or $55 a visit.', '$55')?.verdict).not.toBe('supported');
  });
  it('not a rate per period: "$45 a week" is no price of one treatment', () => {
    expect(price('Okafor pays $360 for eight treatments, or $45 a week.', '$45')?.verdict).not.toBe('supported');
  });
});
