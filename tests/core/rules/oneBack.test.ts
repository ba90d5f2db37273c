import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const REPORT = 'Ann Dale scored twice and Mo Reid made it 3-1 before the visitors got one back through Sam Orr. The teams meet again on Sunday.';

const verdictOf = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: REPORT }])[0]?.verdict;

describe('oneBack', () => {
  it('"made it 3-1 before … got one back" ends 3-2', () => {
    expect(verdictOf('City edged a 3-2 win over United.')).toBe('supported');
    expect(checkDraft('City edged a 3-2 win.', [{ id: 's', text: REPORT }])[0]?.explanation).toContain('3-2');
  });
  it('one goal back, not two', () => {
    expect(verdictOf('The sides drew 3-3.')).not.toBe('supported');
  });
  it('the goal back goes to the side behind, never the leader', () => {
    expect(verdictOf('City won 4-1.')).not.toBe('supported');
  });
});
