import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'He played the first round without shoes after a new pair proved uncomfortable, then accepted a substitute pair of size eights, loaned by the tournament director.' }];

describe('pluralSizes', () => {
  it('reads "size eights" as a size of eight', () => {
    expect(findMentions('a substitute pair of size eights').map((m) => m.value)).toEqual([8]);
  });
  it('a draft\'s "size-eight pair" is supported, a "size-nine pair" is not', () => {
    const size = (draft: string) => checkDraft(draft, source).find((c) => c.value === 8 || c.value === 9)?.verdict;
    expect(size('He played without shoes, then borrowed a size-eight pair from the tournament director.')).toBe('supported');
    expect(size('He played without shoes, then borrowed a size-nine pair from the tournament director.')).not.toBe('supported');
  });
  it('reads no size in "eights" without "size" before it', () => {
    expect(findMentions('The crew of the eights finished second.').map((m) => m.value)).toEqual([2]);
  });
});
