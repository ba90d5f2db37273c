// "58 years ago, in 1964": the time back to a year the draft names, from the story's own year.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The key results so far from local elections 2022\n\nLabour has taken control of Westminster City Council for the first time since its creation in 1964.' }];
const agoOf = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('years'));

describe('agoOfOwnYear', () => {
  it('"created 58 years ago, in 1964" is derived from 1964 and the story\'s 2022', () => {
    const c = agoOf('Labour took Westminster for the first time since the council was created 58 years ago, in 1964.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '1964' was 58 years before the story's 2022. Draft: '58 years ago'.");
  });
  it('a wrong count is not', () => {
    expect(agoOf('Labour took Westminster for the first time since the council was created 48 years ago, in 1964.')?.verdict).not.toBe('supported');
  });
  it('nor a time back with no year beside it', () => {
    expect(agoOf('Labour took Westminster for the first time since the council was created 58 years ago.')?.verdict).not.toBe('supported');
  });
});
