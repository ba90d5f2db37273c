import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Tiger Woods produced a scintillating finish to win a fifth Masters title at Augusta. Molinari had to settle for a share of fifth.' }];

describe('nthTimeAsTitle', () => {
  it('"won the Masters for a fifth time" is "a fifth Masters title"', () => {
    const c = checkDraft('Tiger Woods won the Masters for a fifth time.', source)[0];
    expect(c?.verdict).toBe('supported');
  });
  it('another how-many-th time is not supported', () => {
    expect(checkDraft('Tiger Woods won the Masters for a sixth time.', source)[0]?.verdict).not.toBe('supported');
  });
});
