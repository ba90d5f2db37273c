import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Djokovic still leads the head-to-head 11-8 after the final.' }];

describe('meetingsOfRecord', () => {
  it('"11-8 over 19 matches": the matches a record was made over are its sides added up', () => {
    expect(findMentions('He leads 11-8 over 19 matches.')[1]?.qualifier).toBeUndefined();
    const c = checkDraft('Djokovic still leads their head-to-head 11-8 over 19 matches.', source).find((k) => k.text.includes('19'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Derived');
  });
  it('a wrong number of matches is not derived, and "over 19 points" stays a bound', () => {
    expect(checkDraft('Djokovic still leads their head-to-head 11-8 over 20 matches.', source).find((k) => k.text.includes('20'))?.verdict).not.toBe('supported');
    expect(findMentions('He scored over 19 points.')[0]?.qualifier).toBe('more-than');
  });
});
