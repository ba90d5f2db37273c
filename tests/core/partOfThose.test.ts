// "Influenza B has been linked to 52 of those deaths": a part the draft takes of a whole it told
// before is no value of a larger figure a source gives, so that figure does not contradict it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: 'In addition, 210,000 Americans have been hospitalized and 12,000 have died of flu. A total of 78 flu-related pediatric deaths have been reported this season.' }];
const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('partOfThose', () => {
  it('a part is not contradicted by a larger figure', () => {
    expect(verdictOf('There have been 78 pediatric deaths this season. Influenza B has been linked to 52 of those deaths.', '52')).not.toBe('contradicted');
  });
  it('a plain count still is', () => {
    expect(verdictOf('In addition, 210,000 Americans have been hospitalized and 15,000 have died of flu.', '15,000')).toBe('contradicted');
  });
});
