import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "Fans marked the announcement of the club's £2.37million shirt deal with banners held up in the stand. One banner read: '£2m and what do we get?'" }];
const verdict = (draft: string) => checkDraft(draft, source)[0]?.verdict;

describe('roundedToHedge: a precise amount told to fewer figures behind a hedge', () => {
  it('"more than £2 million" is the source\'s £2.37million rounded', () => {
    expect(verdict("The protest followed the club's shirt deal worth more than £2 million.")).toBe('supported');
    // The green says why, and never "Not confirmed".
    const claim = checkDraft("The protest followed the club's shirt deal worth more than £2 million.", source)[0];
    expect(claim?.explanation).toMatch(/^Rounded: the source gives '.*£2\.37million.*'; the draft's '.*more than £2 million.*' rounds it\.$/);
  });
  it('not when the hedge does not admit it: "more than £3 million"', () => {
    expect(verdict("The protest followed the club's shirt deal worth more than £3 million.")).not.toBe('supported');
  });
  it('not when the draft is the more precise: "more than £2.3 million" is no rounding of "£2m"', () => {
    const src = [{ id: 's', text: "Fans held up banners in the stand. One banner read: '£2m and what do we get?'" }];
    expect(checkDraft("The protest followed the club's shirt deal worth nearly £2.3 million.", src)[0]?.verdict).not.toBe('supported');
  });
});
