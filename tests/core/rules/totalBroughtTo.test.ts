// A running total both texts bring to the draft's figure is stated, whatever its latest addition.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "Three pediatric deaths were reported to the Centers for Disease Control and Prevention for the week ending Jan. 12, bringing this season's total to 19." }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('totalBroughtTo', () => {
  it('"bringing the number of paediatric deaths this season to 19" is the total, not a misstated "Three pediatric deaths"', () => {
    expect(on('Three more children have died of flu in the United States, bringing the number of paediatric deaths this season to 19, according to the Centers for Disease Control and Prevention.', '19')).toBe('supported');
  });
  it('another total is not', () => {
    expect(on('Three more children have died of flu in the United States, bringing the number of paediatric deaths this season to 21, according to the Centers for Disease Control and Prevention.', '21')).not.toBe('supported');
  });
});
