import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'His columns often caused offence. In March 2011, he described how he had hunted a stag on Rum, '
  + 'angering campaigners, while in 2008 he mocked the people of Hull. In 1999, he called Welsh speakers "narrow".' }];
const year = (draft: string, y: string): string | undefined => checkDraft(draft, source).find((c) => c.text === y)?.verdict;

describe('frontedYearClause', () => {
  it('a fronted year whose clause the source tells after another year is another event\'s', () => {
    const c = checkDraft('In 2008 he wrote of hunting a stag on Rum.', source).find((x) => x.text === '2008');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toContain('March 2011');
  });
  it('the year the source gives that clause stands', () => {
    expect(year('In 1999 he called Welsh speakers narrow.', '1999')).toBe('supported');
  });
  it('a year whose own clause shares words with the draft\'s stands', () => {
    expect(year('In 2008 he mocked the people of Hull, not a stag on Rum.', '2008')).not.toBe('contradicted');
  });
});
