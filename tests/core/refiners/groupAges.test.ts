// "two aged 29 and the other 32": a group told by its ages, each the age of its part.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The three men arrested - two aged 24 and the other 37 - remain in police custody.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end) === figure);

describe('groupAges', () => {
  it('the bare figure after "one" or "the other" is an age, not a count', () => {
    expect(findMentions('The males, two aged 17 and one 19, were missing.').map((m) => [m.text, m.kind])).toEqual([['two', 'count'], ['17', 'age'], ['one', 'count'], ['19', 'age']]);
  });
  it('each age is its part\'s: a swapped group is contradicted, the right one supported', () => {
    expect(on('The suspects are two men aged 37 and one aged 24.', '37')?.verdict).toBe('contradicted');
    expect(on('The suspects are two men aged 37 and one aged 24.', '24')?.verdict).toBe('contradicted');
    expect(on('The suspects are two men aged 24 and one aged 37.', '24')?.verdict).toBe('supported');
    expect(on('The suspects are two men aged 24 and one aged 37.', '37')?.verdict).toBe('supported');
  });
});
