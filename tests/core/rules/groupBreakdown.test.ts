// A group of people told whole and then by its parts: "Four people, three men and one woman".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Four people, three men and one woman, were arrested on suspicion of criminal damage.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('a whole then its breakdown', () => {
  it('counts the people once: "four people" is supported, not read against eight (groupForWhole, listGroups)', () => {
    expect(on('Four people were arrested on suspicion of criminal damage.', 'Four')?.verdict).toBe('supported');
    // Groups that are not a whole and its parts still add up: two men and two women are four.
    const pairs = [{ id: 's', text: 'Police arrested two men and two women.' }];
    expect(checkDraft('Police arrested two people.', pairs)[0]?.verdict).toBe('contradicted');
  });
  it('"three women" is not the source\'s "three men" (headsAgree: nouns of each sex)', () => {
    expect(on('Four people, three women and a man, were arrested on suspicion of criminal damage.', 'three')?.verdict).not.toBe('supported');
    expect(on('Four people, three men and a woman, were arrested on suspicion of criminal damage.', 'three')?.verdict).toBe('supported');
  });
  it('groups with their counts are no list of three members (countOfSourceList)', () => {
    const c = on('Four people, three women and a man, were arrested on suspicion of criminal damage.', 'three');
    expect(c?.explanation ?? '').not.toMatch(/lists 3/);
  });
});
