// A claim decided by several people: the newest decision of each counts; disagreement is a
// dispute until a resolving decision supersedes everything before it.
import { describe, expect, it } from 'vitest';
import { claimDecisionStatus } from '../../core/index.ts';

const d = (author: string, state: string, at: string, resolves?: boolean) => ({ author, state, at, ...(resolves ? { resolves } : {}) });

describe('claimDecisionStatus', () => {
  it('is undecided with no decisions and decided when everyone agrees', () => {
    expect(claimDecisionStatus([])).toEqual({ kind: 'undecided' });
    expect(claimDecisionStatus([d('edith', 'verified', '1'), d('dana', 'verified', '2')]))
      .toEqual({ kind: 'decided', state: 'verified', by: ['edith', 'dana'] });
  });

  it('counts only the newest decision of each person', () => {
    expect(claimDecisionStatus([d('edith', 'needs-change', '1'), d('edith', 'verified', '2')]))
      .toEqual({ kind: 'decided', state: 'verified', by: ['edith'] });
  });

  it('shows two different decisions as disputed until one resolves it', () => {
    const both = [d('edith', 'verified', '1'), d('dana', 'needs-change', '2')];
    expect(claimDecisionStatus(both)).toEqual({
      kind: 'disputed', positions: [{ author: 'edith', state: 'verified' }, { author: 'dana', state: 'needs-change' }],
    });
    expect(claimDecisionStatus([...both, d('dana', 'verified', '3', true)]))
      .toEqual({ kind: 'decided', state: 'verified', by: ['dana'] });
    // A later disagreement after the resolution is a new dispute.
    expect(claimDecisionStatus([...both, d('dana', 'verified', '3', true), d('edith', 'dismissed', '4')]).kind).toBe('disputed');
  });
});
