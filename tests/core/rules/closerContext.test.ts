import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// The draft's own value told with more of the draft's words around it than a rival shares is the
// statement the draft took, unless the rival counts the draft's own thing and the match does not.
describe('a match with more of the draft\'s words than the rival', () => {
  const source = 'Takeda confirmed it had made a revised proposal, which Shire rejected. The proposal was GBP46.50 per share. The second was worth GBP45.50 a share, which it again rejected.';
  it('supports the draft\'s figure', () => {
    expect(verdictOf('Takeda had made a revised proposal, which Shire turned down. That proposal was worth £46.50 a share.', source, '£46.50')).toBe('supported');
  });
  it('a wrong value is still contradicted', () => {
    expect(verdictOf('Takeda had made a revised proposal, which Shire turned down. That proposal was worth £47.50 a share.', source, '£47.50')).not.toBe('supported');
  });
  it('a rival that counts the draft\'s own thing still wins', () => {
    const src = 'By the time we have got a budget which is printed in two volumes of this size, with this level of detail, it is not going to be possible for us to completely unmake that budget and come up with reductions of two, three, five percent in a department.';
    expect(verdictOf('Council member Bill Spelman said it was too late for such revisions, noting that the budget had been printed in three volumes and that cuts of two, three or five percent to a department could not be made at that stage.', src, 'three')).toBe('contradicted');
  });
});
