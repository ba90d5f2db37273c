// A score is one result written from either side: "lost the opening set 6-3" restates the
// source's "3-6" from the loser's side; another score does not.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Edmund beat Monfils in the final. The 3-6, 7-6 (7/2), 7-6 (7/4) victory gave him his first ATP title.';

describe('a score from the other side', () => {
  it('"lost the opening set 6-3" is the source\'s "3-6"', () => {
    expect(verdictOf('Edmund lost the opening set 6-3 but won the next two on tie-breaks.', source, '6-3')).toBe('supported');
    expect(verdictOf('Edmund lost the opening set 6-4 but won the next two on tie-breaks.', source, '6-4')).not.toBe('supported');
  });
});
