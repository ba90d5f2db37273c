import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// A share told in words with a hedge restates the source's percentage within the hedge's reach
// (FRACTION_ABOUT, FRACTION_NEARLY, FRACTION_BOUND), and a share "of the total" is of whatever
// whole the sentence tells of.
const source = 'Revenue rose to $90bn, with international sales accounting for 63 percent of revenue. Services made up 17% of sales, and wearables 21%.';

describe('hedged fraction of a source percentage', () => {
  it('"nearly two-thirds of the total" restates 63 percent of revenue', () => {
    expect(verdictOf('Sales outside the US accounted for nearly two-thirds of the total.', source, 'nearly two-thirds')).toBe('supported');
  });
  it('"more than half" restates 56 percent, a little above it', () => {
    const src = 'Revenue rose to $90bn, with international sales accounting for 56 percent of revenue.';
    expect(verdictOf('Sales outside the US accounted for more than half of the total.', src, 'more than half')).toBe('supported');
  });
  it('"nearly" needs the value below the fraction', () => {
    expect(verdictOf('Sales outside the US accounted for nearly three-fifths of the total.', source, 'nearly three-fifths')).not.toBe('supported');
  });
  it('"about a fifth" is 21% but not 17%, which is nearer a sixth', () => {
    expect(verdictOf('Wearables made up about a fifth of sales.', source, 'about a fifth')).toBe('supported');
    expect(verdictOf('Services made up about a fifth of sales.', 'Revenue rose to $90bn. Services made up 17% of sales.', 'about a fifth')).not.toBe('supported');
  });
});

describe('an open bound on a fraction reaches only so far', () => {
  it('"more than half" is no 80 percent', () => {
    const src = 'Revenue rose to $90bn, with international sales accounting for 80 percent of revenue.';
    expect(verdictOf('Sales outside the US accounted for more than half of the total.', src, 'more than half')).not.toBe('supported');
  });
});
