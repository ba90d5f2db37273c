import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const TABLE = 'Rovers lead the league on 31 points, with Athletic on 29 and Harbour 27. The sides meet again on Sunday.';

const verdictOf = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: TABLE }])
  .find((c) => c.quantity !== undefined || /point/.test(c.text) || c.kind === 'count')?.verdict;

describe('pointsGap', () => {
  it('a gap is the difference of the two sides\' tallies', () => {
    const [c] = checkDraft('Harbour closed the gap on the leaders to four points.', [{ id: 's', text: TABLE }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('31 − 27 = 4');
  });
  it('a gap the table does not give is not supported, and not by a tally', () => {
    expect(verdictOf('Harbour are now five points behind the leaders.')).not.toBe('supported');
  });
  it('a tally without a gap word is not a difference', () => {
    expect(verdictOf('Harbour have four points.')).not.toBe('supported');
  });
  it('the draft\'s side must be one of the two', () => {
    expect(verdictOf('Town are two points behind the leaders.')).not.toBe('supported');
  });
});
