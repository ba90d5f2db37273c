// A count of sets against the scoreline of a source sentence naming the same player.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Del Potro secured a 3-6 6-3 7-6 (7-2) 6-3 victory over the Swiss player. The number 15 seed came from two sets to one down to beat Dustin Brown 6-7 (3-7) 6-1 2-6 6-4 6-4.' }];
const on = (draft: string) => checkDraft(draft, source).find((c) => /four|five|three/.test(c.text));

describe('setsOfScoreline', () => {
  it('"beat Wawrinka in four sets" is the four scores of "3-6 6-3 7-6 (7-2) 6-3", a tie-break and a lost set included', () => {
    const c = on('Juan Martin del Potro beat Stan Wawrinka in four sets.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: '3-6 6-3 7-6 (7-2) 6-3' is 4 sets. Draft: 'four'.");
    expect(on('Kyrgios beat Dustin Brown in five sets.')?.verdict).toBe('supported');
  });
  it('another count is contradicted, and "two sets to one down" is no rival count', () => {
    expect(on('Juan Martin del Potro beat Stan Wawrinka in five sets.')?.verdict).toBe('contradicted');
    expect(on('Kyrgios beat Dustin Brown in three sets.')?.verdict).toBe('contradicted');
  });
  it('reads "from two sets down" as a deficit during the match, not its length', () => {
    const src = [{ id: 's', text: 'Spanish 22nd seed Feliciano Lopez will play Kyrgios in the third round. Lopez fought back from two sets behind to defeat Italian Fabio Fognini 3-6 6-7 6-3 6-3 6-3.' }];
    const sets = (draft: string) => checkDraft(draft, src).find((c) => c.kind === 'count')?.verdict;
    expect(sets('He meets Spanish 22nd seed Feliciano Lopez, who recovered from two sets down to beat Fabio Fognini.')).toBe('supported');
    expect(sets('He meets Spanish 22nd seed Feliciano Lopez, who beat Fabio Fognini in four sets.')).toBe('contradicted');
  });
});
