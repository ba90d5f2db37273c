// A half ranked by an ordinal ("the first half", "first-half results") names a period, not a
// share: it is never read as 50 %, so a percentage beside it is not weighed against it.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

const source = [{ id: 's', text: 'The airline reported an improvement in its first-half results, with a net profit during the period of $248 million compared with $134 million for the year-ago period, an increase of 85%. Turnover for the first half was $1.74bn, up 15% on the same period in 2013.' }];
const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('rankedHalf', () => {
  it('"first half" and "second-half" give no fraction', () => {
    const text = 'The first half was quiet, and a second-half goal won it.';
    expect(findMentions(text).filter((m) => m.kind === 'fraction')).toEqual([]);
    expect(findMentions('Half of the voters stayed at home.').some((m) => m.kind === 'fraction')).toBe(true);
  });
  it('a right percentage beside the source\'s "first half" is supported, not set against 50 %', () => {
    expect(verdictOf('For the first half, net profit rose 85% to $248m from $134m.', '85%')).toBe('supported');
    expect(verdictOf('First-half turnover rose 15% to $1.74bn.', '15%')).toBe('supported');
  });
  it('a wrong one is still flagged', () => {
    expect(verdictOf('For the first half, net profit rose 58% to $248m from $134m.', '58%')).not.toBe('supported');
  });
});
