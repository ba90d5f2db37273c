// "2.7% higher than a year earlier": the base a change is compared with is no length of time the
// writer claims, and "higher than" before it no hedge.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('comparisonBases', () => {
  it('puts no claim on "than a year earlier", "on a year ago", "from a year before"', () => {
    expect(findMentions('Pay was 2.7% higher than a year earlier.').map((m) => m.kind)).toEqual(['percent']);
    expect(findMentions('Sales were up 3% on a year ago, and down from a year before.').map((m) => m.kind)).toEqual(['percent']);
    expect(findMentions('He served more than a year in jail.').map((m) => [m.kind, m.text])).toEqual([['duration', 'more than a year']]);
  });
  it('so the change is checked and nothing else is flagged', () => {
    const source = [{ id: 's', text: 'The average hourly pay of private sector workers rose by 2.7% in May year-on-year, up from the 2.6% increase in April.' }];
    expect(checkDraft('Private-sector pay was 2.7% higher than a year earlier.', source).map((c) => [c.text, c.verdict])).toEqual([['2.7%', 'supported']]);
  });
});
