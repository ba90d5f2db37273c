// The margin of a score the draft has just given, spelled out.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'He signed off by scoring a try in the Grand Final as Wigan beat Warrington 12-6 last month.' }];
const margin = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;

describe('marginOfOwnScore', () => {
  it('"beat Warrington 12-6, a six-point margin" is derived from the score', () => {
    expect(margin('He scored a try as Wigan beat Warrington 12-6, a six-point margin, last month.')).toBe('supported');
  });
  it('not another margin, nor a figure that is no margin', () => {
    expect(margin('He scored a try as Wigan beat Warrington 12-6, a four-point margin, last month.')).not.toBe('supported');
    expect(margin('He scored a try as Wigan beat Warrington 12-6, six fans said.')).not.toBe('supported');
  });
});
