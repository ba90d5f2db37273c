// A draft whose lead dates its story ("… in 2017") tells of that year throughout: a source figure
// dated the same year is the story's own, not a look back, even where the source's "now" is later.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('otherYear: the year the draft\'s lead dates its story', () => {
  const source = 'Air passengers worldwide climbed over 4 billion in 2017, the airline association said on Thursday. '
    + 'Hong Kong-Taipei ranked first with 5.4 million passengers in 2017, ahead of Jakarta-Singapore.';
  it('a figure of the lead\'s year meets the source\'s figure of that year', () => {
    const draft = 'Airlines carried more than 4 billion passengers in 2017, the association said.\n\nHong Kong-Taipei was the busiest route, with 5.4 million passengers.';
    expect(verdictOf(draft, source, '5.4 million')).toBe('supported');
  });
  it('a lead dated another year leaves the source\'s 2017 figure a look back', () => {
    const draft = 'Airlines expect to carry 5 billion passengers in 2025, the association said.\n\nHong Kong-Taipei was the busiest route, with 5.4 million passengers.';
    expect(verdictOf(draft, source, '5.4 million')).not.toBe('supported');
  });
});

describe('yearsNear: a year in the adverbial that opens the sentence dates the whole clause', () => {
  it('"In November 2005, Menino won … with 68 percent of the vote" is a look back, however far the figure stands', () => {
    const source = 'Bloomberg won his election on Tuesday with 51 percent. In November 2005, Menino won his bid for a fourth term with 68 percent of the vote.';
    const claims = checkDraft('Bloomberg won a fourth term on Tuesday, taking 68 percent of the vote.', [{ id: 's', text: source }]);
    expect(claims.find((c) => c.text === '68 percent')?.verdict).not.toBe('supported');
  });
});
