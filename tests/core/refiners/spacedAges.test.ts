import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('spacedAges', () => {
  it('reads "an 83 year-old woman" and "a 92 year old man" as ages', () => {
    expect(findMentions('He robbed an 83 year-old woman and a 92 year old man.').map((m) => [m.text, m.kind])).toEqual([['83 year-old', 'age'], ['92 year old', 'age']]);
    expect(findMentions('He was jailed for 12 years.').map((m) => m.kind)).toEqual(['duration']);
  });
  it('so the draft\'s "83-year-old woman" meets it, and "84-year-old" does not', () => {
    const src = [{ id: 's', text: 'Mason plundered the accounts of nine pensioners including an 83 year-old woman and a 92 year-old man.' }];
    const age = (draft: string) => checkDraft(draft, src).find((c) => c.kind === 'age')?.verdict;
    expect(age('Mason took money from nine pensioners, among them an 83-year-old woman.')).toBe('supported');
    expect(age('Mason took money from nine pensioners, among them an 84-year-old woman.')).not.toBe('supported');
  });
});
