import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Tron founder Justin Sun received $138 million, and Amber Group received $43 million. Alameda Research received $20 million.' }];
const count = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;

describe('countOfOwnFigures', () => {
  it('"those three payments" after three amounts in the sentence is derived from them', () => {
    expect(count('Sun received $138 million, Amber Group $43 million and Alameda Research $20 million; those three payments were small.')).toBe('supported');
  });
  it('not "those four payments" after three amounts, nor "three payments" with no pointer back', () => {
    expect(count('Sun received $138 million, Amber Group $43 million and Alameda Research $20 million; those four payments were small.')).not.toBe('supported');
    expect(count('Sun received $138 million, Amber Group $43 million and Alameda Research $20 million; three payments were small.')).not.toBe('supported');
  });
});
