import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The earthquake struck on Monday and destroyed dozens of homes. In 2009 almost 300 people died in a quake in the same region, the worst since 1988.' }];

describe('a year anchors its event', () => {
  it("a look back ('In 2009 almost 300 died') is not today's toll", () => {
    const [c] = checkDraft('The earthquake killed almost 300 people.', source);
    expect(c?.verdict).toBe('unsupported');
    expect(checkDraft('The earthquake killed at least seven people.', source)[0]?.verdict).toBe('unsupported');
  });
  it('the same year in the draft makes it the same event', () => {
    expect(checkDraft('In 2009 almost 300 people died in a quake.', source).find((c) => c.kind === 'count')?.verdict).toBe('supported');
  });
  it('a year counted as a figure never contradicts a count', () => {
    const [c] = checkDraft('The flood killed 12 people.', [{ id: 's', text: 'The flood, the worst since 2021, killed 12 people.' }]);
    expect(c?.verdict).toBe('supported');
  });
});

describe('a year carried over from the sentence before, in the same paragraph', () => {
  const heist = [{ id: 's', text: 'The museum reopened in 2015 with 40 new rooms. The heist took place on March 18, 1990, when two men posing as police officers arrived at the door.' }];
  const two = (draft: string) => checkDraft(draft, heist).find((c) => c.value === 2)?.verdict;
  it('"The theft, in 1990, … Two men dressed as police officers" tells of 1990', () => {
    expect(two('The theft, on March 18, 1990, is still unsolved. Two men dressed as police officers were let in.')).toBe('supported');
  });
  it('not across a paragraph break, where the story may be back to now', () => {
    expect(two('The theft, on March 18, 1990, is still unsolved.\n\nTwo men dressed as police officers were let in.')).not.toBe('supported');
  });
});
