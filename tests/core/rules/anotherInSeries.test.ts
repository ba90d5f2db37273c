import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('anotherInSeries', () => {
  it('another member of a series leaves the draft\'s unsupported, not contradicted', () => {
    const [c] = checkDraft('Wales won their first Grand Slam of the season.', [{ id: 's', text: 'Wales hold the record, and a third Grand Slam in nine years would mean they join England.' }]);
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toContain('another of the series');
    expect(c?.evidence[0]?.value).toBe('third');
  });
  it('a bare rank in the same race still contradicts', () => {
    const [c] = checkDraft('Hamilton finished third in the race.', [{ id: 's', text: 'Hamilton finished second in the race on Sunday.' }]);
    expect(c?.verdict).toBe('contradicted');
  });
});
