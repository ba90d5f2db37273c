import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('ageBounds', () => {
  it('reads "under the age of 15", "children under 15" and "the over-75s" as bounded ages', () => {
    const read = (text: string) => findMentions(text).map((m) => [m.kind, m.value, m.qualifier]);
    expect(read('Children under the age of 15 should not work.')).toEqual([['age', 15, 'less-than']]);
    expect(read('Children under 15 should not work.')).toEqual([['age', 15, 'less-than']]);
    expect(read('The deaths were mostly among the over-75s.')).toEqual([['age', 75, 'more-than']]);
    expect(read('It weighed under 15 pounds.').map(([k]) => k)).not.toContain('age');
  });
  it('so "children under 15" meets "under the age of 15", and "under 16" does not', () => {
    const src = [{ id: 's', text: 'The ILO says children under the age of 15 should not be allowed to work.' }];
    const age = (draft: string) => checkDraft(draft, src)[0]?.verdict;
    expect(age('The International Labour Organisation says children under 15 should not work.')).toBe('supported');
    expect(age('The International Labour Organisation says children under 16 should not work.')).not.toBe('supported');
  });
});

describe('ageBounds: "65 years of age and older"', () => {
  const src = [{ id: 's', text: 'The rate was highest among adults 65 years of age and older (294.9 per 100,000), followed by adults ages 50–64 (72.8 per 100,000).' }];
  it('is the age group "65 and older", not 65 years of time', () => {
    const c = checkDraft('Adults aged 65 and older were hit hardest.', src)[0];
    expect(c?.kind).toBe('age');
    expect(c?.verdict).toBe('supported');
    expect(checkDraft('Adults aged 60 and older were hit hardest.', src)[0]?.verdict).not.toBe('supported');
  });
});
