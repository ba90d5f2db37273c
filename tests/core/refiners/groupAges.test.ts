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
  it('"Zaw Lin and Win Zaw Htun, both 21" and "A and B were both 15" are ages, not counts', () => {
    expect(findMentions('Police are holding Zaw Lin and Win Zaw Htun, both 21, in Koh Samui.').map((m) => [m.text, m.kind])).toEqual([['21', 'age']]);
    expect(findMentions('Shamima Begum and Amira Abase were both 15.').map((m) => [m.text, m.kind])).toEqual([['15', 'age']]);
    const pair = [{ id: 's', text: 'Police denied that the pair, both aged 21, had withdrawn their confessions.' }];
    expect(checkDraft('Police are holding Zaw Lin and Win Zaw Htun, both 21.', pair).find((c) => c.text === '21')?.verdict).toBe('supported');
  });
});

describe('groupAges: people counted by a noun, "both 12"', () => {
  it('"two girls, both 12" is an age, and a bracket of names closes an age list', () => {
    expect(findMentions('He is accused of raping two girls, both 12, and fondling a third.').find((m) => m.value === 12)?.kind).toBe('age');
    expect(findMentions('The two sides, both 12 points clear, meet on Sunday.').find((m) => m.value === 12)?.kind).not.toBe('age');
    expect(findMentions('Of the six men, four (Vinay Sharma, 20, Pawan Gupta, 19, and Mukesh Singh, 26) were sentenced.').find((m) => m.value === 26)?.kind).toBe('age');
  });
});
