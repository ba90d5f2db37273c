// The goals of a match are the two sides of its score added up: "the seven goals" of a 5-2 win.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = [{ id: 's', text: 'Harbour Town beat Mill Lane 5-2 in the county final on Saturday, with Dan Okafor scoring three.' }];
const at = (draft: string, figure: string) => checkDraft(draft, SOURCE).find((c) => c.text === figure)?.verdict;

describe('goalsOfScore', () => {
  it('"the seven goals" of a 5-2 final are the score\'s sides added up', () => {
    expect(at('Harbour Town won 5-2. The seven goals made it the highest-scoring final in years.', 'seven')).toBe('supported');
    expect(at('Harbour Town won 5-2, a total of seven goals.', 'a total of seven')).toBe('supported');
  });
  it('not a wrong total, nor a player\'s goals without the whole\'s article', () => {
    expect(at('Harbour Town won 5-2. The eight goals made it the highest-scoring final in years.', 'eight')).not.toBe('supported');
    expect(at('Harbour Town won 5-2, with Okafor scoring seven goals.', 'seven')).not.toBe('supported');
  });
});
