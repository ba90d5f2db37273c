// The draft's digits matched only weakly, while another figure frames the quantity clearly
// better with another value: the draft took the wrong figure of the sentence.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The union said 88% of nurses who voted had backed the walkout, on a turnout of 61%.';

describe('a better-framed rival', () => {
  it('leaves the wrong figure of the sentence unsupported, citing the rival and naming the near miss', () => {
    const [c] = checkDraft('Some 61% of nurses who voted backed the walkout.', [{ id: 's', text: SOURCE }]);
    expect(c?.verdict).toBe('unsupported');
    expect(c?.evidence[0]?.value).toBe('88%');
    expect(c?.nearMiss?.value).toBe('61%');
  });
  it('does not touch the right figure', () => {
    expect(checkDraft('Some 88% of nurses who voted backed the walkout.', [{ id: 's', text: SOURCE }])[0]?.verdict).toBe('supported');
  });
  it('ignores a rival from an earlier event', () => {
    const source = 'A magnitude-5.9 earthquake struck the coast on Monday. In 2011, a magnitude-9.0 earthquake there killed thousands.';
    expect(checkDraft('A 5.9-magnitude earthquake killed two people.', [{ id: 's', text: source }])[0]?.verdict).toBe('supported');
  });
});
