import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// The source's count is pinned to a past year and worded with another noun, so only the share it
// restates ties it to the draft's.
const source = [{ id: 's', text: 'A knife was used in 40% of homicides (52 cases) in 2019-20. The report for 2021 is due soon.' }];

describe('countOfShare', () => {
  it('a count told with the same share is stated, in whatever noun', () => {
    const c = checkDraft('A knife was used in 40% of cases, 52 killings.', source).find((x) => x.text.startsWith('52'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'40% of homicides'");
  });
  it('the same count with another share is not', () => {
    expect(checkDraft('A knife was used in 30% of cases, 52 killings.', source).find((x) => x.text.startsWith('52'))?.verdict).not.toBe('supported');
  });
  it('another count with the same share is not', () => {
    expect(checkDraft('A knife was used in 40% of cases, 25 killings.', source).find((x) => x.text.startsWith('25'))?.verdict).not.toBe('supported');
  });
});
