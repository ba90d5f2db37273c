// "the first newly licensed treatment": an adverb in "-ly" qualifies the word after it, so the
// rank's noun is read past it ("treatment"), as in the source's "first officially approved new
// treatment".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Women with advanced cervical cancer are to get the first officially approved new treatment for a decade. It is the second drug approved this year.' }];
const first = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('frameOf: an adverb before the head', () => {
  it('"the first newly licensed treatment in a decade" ranks the treatment', () => {
    expect(first('Women with advanced cervical cancer are to receive the first newly licensed treatment in a decade.')).toBe('supported');
  });
  it('but "the third newly licensed treatment" is not the source\'s first', () => {
    expect(first('Women with advanced cervical cancer are to receive the third newly licensed treatment in a decade.')).not.toBe('supported');
  });
});
