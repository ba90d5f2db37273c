// A source figure told as a gap ("12 points more than the Treble-winning team") is a difference
// between two levels, not a level: a draft's plain figure of the same noun is not its misstatement.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

describe('a source gap is no level', () => {
  const source = [{ id: 's', text: 'Liverpool have 12 points more than the Manchester United team of 1999. No team has ever reached this number of points (91) and not won the title.' }];
  const on = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;
  it('"Liverpool\'s 91 points" is not contradicted by "12 points more than"', () => {
    expect(on("Liverpool's 91 points are a record for a side that has not won the title.")).toBe('supported');
  });
  it('a gap the draft misstates still conflicts with the source\'s gap', () => {
    expect(on('Liverpool have 14 points more than the Manchester United team of 1999.')).toBe('contradicted');
  });
});
