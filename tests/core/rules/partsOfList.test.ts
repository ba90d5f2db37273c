// A source's list of groups of people ("four men and a woman") and a draft's total: the list's
// sum supports it (partsOfList); one group does not stand for all of them (groupForWhole).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.verdict, c.explanation]);

describe('partsOfList', () => {
  it('adds the groups of a list, figures and "a woman" alike, in either order', () => {
    expect(verdict('Five people were arrested.', 'Police arrested four men and a woman, all in their twenties.'))
      .toEqual([['supported', "Derived: 'four men and a woman' is 5. Draft: 'Five'."]]);
    expect(verdict('Five people were arrested.', 'A woman and four men were arrested on Friday.')[0]?.[0]).toBe('supported');
    expect(verdict('Five people were arrested.', 'Police arrested three men and two women on Friday.')[0]?.[0]).toBe('supported');
  });
  it('a wrong total is still contradicted', () => {
    expect(verdict('Six people were arrested.', 'Police arrested four men and a woman.')[0]?.[0]).toBe('contradicted');
  });
});

describe('groupForWhole', () => {
  it('"four people" is not supported by the "four men" of "four men and a woman"', () => {
    expect(verdict('Four people were arrested.', 'Police arrested four men and a woman, all in their twenties.'))
      .toEqual([['contradicted', "Source: 'four men and a woman', 5 people. Draft: 'Four'."]]);
  });
  it('"four men" names the group and is supported by it', () => {
    expect(verdict('Four men were arrested.', 'Police arrested four men and a woman.')[0]?.[0]).toBe('supported');
  });
});
