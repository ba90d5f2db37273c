import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdictOf = (draft: string, text: string): string | undefined => checkDraft(draft, [{ id: 's', text }])[0]?.verdict;

describe('bothAsTwo', () => {
  it('"both committees" supports two committees', () => {
    const [c] = checkDraft('The Greens will chair two parliamentary committees.', [{ id: 's', text: 'The Greens will lead the transport committee and the housing committee. Party leaders said both committees mattered to voters.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'both committees'");
  });
  it('"both" of another noun says nothing', () => {
    expect(verdictOf('The Greens will chair two committees.', 'Party leaders said both parties had agreed.')).not.toBe('supported');
  });
  it('"both men and women" is not two men', () => {
    expect(verdictOf('Two men were hired.', 'The firm said both men and women were hired.')).not.toBe('supported');
  });
  it('"both" never stands for another count', () => {
    expect(verdictOf('The Greens will chair three committees.', 'Party leaders said both committees mattered.')).not.toBe('supported');
  });
});
