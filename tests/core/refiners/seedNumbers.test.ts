import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: "Australia's Nick Kyrgios is in the same half of the draw. The number 15 seed came from two sets to one down to beat Germany's Dustin Brown." }];
const seed = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('seedNumbers', () => {
  it('reads "the number 15 seed" and "the No 3 seed" as ranks', () => {
    expect(findMentions('The number 15 seed won. The No 3 seed lost.').map((m) => m.kind)).toEqual(['ordinal', 'ordinal']);
    expect(findMentions('The number of seeds fell to 15.').map((m) => m.kind)).toEqual(['count']);
  });
  it('so "15th seed Nick Kyrgios" is supported and "16th seed" is not', () => {
    expect(seed("Elsewhere, 15th seed Nick Kyrgios came from two sets to one down to beat Germany's Dustin Brown.")).toBe('supported');
    expect(seed("Elsewhere, 16th seed Nick Kyrgios came from two sets to one down to beat Germany's Dustin Brown.")).not.toBe('supported');
  });
});
