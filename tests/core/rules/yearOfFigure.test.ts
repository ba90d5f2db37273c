// A year is checked with the figure it anchors, not against any year the source names.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'OSLO, Friday 9 June 2023 — The ferry ran aground on Thursday. In 2021, 1,387 ships were inspected in Norwegian ports, the authority said.';
const yearVerdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }]).find((c) => /^20/.test(c.text))?.verdict;

describe('the year of a figure', () => {
  it('contradicts a year the source does not give that figure, though the dateline names it', () => {
    expect(yearVerdict('Norwegian ports inspected 1,387 ships in 2023.')).toBe('contradicted');
  });
  it('supports the right one', () => {
    expect(yearVerdict('Norwegian ports inspected 1,387 ships in 2021.')).toBe('supported');
  });
  it('flags the year, not the figure, when only the year differs', () => {
    const claims = checkDraft('Norwegian ports inspected 1,387 ships in 2023.', [{ id: 's', text: SOURCE }]);
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['1,387', 'supported'], ['2023', 'contradicted']]);
  });
  it('still keeps another year\'s different figure out of a draft with no year', () => {
    const source = 'A quake struck the coast on Monday, killing 12. In 2009 almost 300 people died in a quake there.';
    expect(checkDraft('Almost 300 people died in the quake.', [{ id: 's', text: source }])[0]?.verdict).not.toBe('supported');
  });
  it('a round figure needs two words in common to be the same statement', () => {
    const source = "The fee makes him the most expensive signing in the club's history, surpassing the £30 million they paid for Tom Hale in 2019.";
    expect(checkDraft('The club paid £30m for Tom Hale in 2020.', [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]))
      .toEqual([['£30m', 'supported'], ['2020', 'contradicted']]);
  });
  it('a figure of three significant digits counting the same noun is the same statement, however few words the sentences share', () => {
    const source = 'The tower was built in 1972, and there were 365 occupants in the block that night, officials said.';
    expect(checkDraft('Built in 1927, the tower had 365 occupants.', [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]))
      .toEqual([['1927', 'contradicted'], ['365', 'supported']]);
  });
  it('but not one counting another noun', () => {
    const source = 'The tower was built in 1972, and there were 365 occupants in the block that night, officials said.';
    expect(checkDraft('Built in 1927, the tower had 365 windows.', [{ id: 's', text: source }]).find((c) => c.text === '365')?.verdict).not.toBe('supported');
  });
});
