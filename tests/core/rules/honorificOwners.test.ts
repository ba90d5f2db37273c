// A couple sharing a surname is told apart by its honorifics: "Mrs Scott, 81" is not "Mr Scott,
// then 83", and a draft giving the wife her husband's age is contradicted by hers.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The cleaner was trusted to shop for the couple when 83-year-old Mr Scott developed Alzheimer\'s. Mr Scott died last year, and Mrs Scott, 81, has since gone to live with her son.' }];
const verdictOf = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'age' || /^\d+$/.test(c.text))?.verdict;

describe('honorifics tell a couple apart', () => {
  it('reads "Mr Scott, then 83," as Mr Scott\'s age', () => {
    expect(findMentions('She shopped for them after Mr Scott, then 83, developed Alzheimer\'s.')[0]).toMatchObject({ kind: 'age', value: 83 });
  });
  it('supports each one\'s age and contradicts the other\'s given to them', () => {
    expect(verdictOf('She shopped for them after Mr Scott, then 83, developed Alzheimer\'s.')).toBe('supported');
    expect(verdictOf('Mrs Scott, 81, now lives with her son.')).toBe('supported');
    expect(verdictOf('Mrs Scott, 83, now lives with her son.')).toBe('contradicted');
  });
});
