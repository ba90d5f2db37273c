// A tie-break told by the loser's points ("7-6(5)") or whole ("7-6 (7/2)") is the draft's
// "tiebreak 7-5" / "7-2": seven points and a lead of two win it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Top seed Matteo Berrettini saw off Dan Evans to win 7-6(5) 6-3 at Queen\'s. Kyle Edmund beat Gael Monfils 3-6, 7-6 (7/2), 7-6 (7/4) in Antwerp. Jack Draper lost 6-7(9) 6-4 6-2 to Cameron Norrie.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;

describe('tieBreakScore', () => {
  it('reads the loser\'s points as a tie-break of seven, or two more from six on', () => {
    expect(verdictOf('Berrettini took a tight opening-set tiebreak 7-5 against Evans.', '7-5')).toBe('supported');
    expect(verdictOf('Norrie edged Draper in a tie-break 11-9 before losing the next two sets.', '11-9')).toBe('supported');
  });
  it('reads a whole tie-break in brackets as told', () => {
    expect(verdictOf('Edmund beat Monfils, winning the tie-breaks 7-2 and 7-4.', '7-2')).toBe('supported');
  });
  it('gives no support to another tie-break score, or to a score not called a tie-break', () => {
    expect(verdictOf('Berrettini took a tight opening-set tiebreak 7-3 against Evans.', '7-3')).not.toBe('supported');
    expect(verdictOf('Edmund beat Monfils, winning the tie-breaks 7-2 and 7-5.', '7-5')).not.toBe('supported');
    expect(verdictOf('Berrettini led Evans 7-5 at one point.', '7-5')).not.toBe('supported');
  });
});
