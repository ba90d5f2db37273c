// "a 3-6 6-3 7-6 6-3 win": the first set of a scoreline is a score, not a range.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('setScores', () => {
  it('reads the first set after "a" as a score when a set score follows it', () => {
    expect(findMentions('Okafor secured a 3-6 6-3 7-6 6-3 win.').map((m) => m.kind)).toEqual(['score', 'score', 'score', 'score']);
    expect(findMentions('Expect a 3-6 month wait.').map((m) => m.kind)).not.toContain('score');
  });
  it('so the draft\'s first set is the source\'s', () => {
    const source = [{ id: 's', text: 'Okafor secured a 3-6 6-3 7-6 (7-2) 6-3 win over the seventh seed.' }];
    expect(checkDraft('Okafor won 3-6 6-3 7-6 6-3.', source)[0]?.verdict).toBe('supported');
  });
  it('reads a scoreline set with the typographer\'s dash: "Federer 6–4, 5–7, 6–4, 6–4"', () => {
    expect(findMentions('No. 1 Novak Djokovic beat No. 2 Roger Federer 6–4, 5–7, 6–4, 6–4 to win.').filter((m) => m.kind === 'score').map((m) => [m.value, m.high]))
      .toEqual([[6, 4], [5, 7], [6, 4], [6, 4]]);
    const source = [{ id: 's', text: 'No. 1 Novak Djokovic beat No. 2 Roger Federer 6–4, 5–7, 6–4, 6–4 to win the U.S. Open title.' }];
    expect(checkDraft('Djokovic beat Federer 6-4, 5-7, 6-4, 6-4.', source).every((c) => c.verdict === 'supported')).toBe(true);
  });
});
