// "more than half of all the party's backbenchers": a share's whole is the noun past its "all",
// determiner and owner, as "more than half of Tory backbenchers" names it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frameOf: the whole of a share, past its owner', () => {
  it('reads "of all the party\'s backbenchers" to its noun', () => {
    expect(headOf('More than half of all the party\'s backbenchers defied the whip.', 'More than half')).toBe('backbencher');
    expect(headOf('A third of the council\'s members backed the plan.', 'A third')).toBe('member');
  });
  it('so the same share of the same people is supported', () => {
    const source = [{ id: 's', text: 'Taking into account the number of Tory abstentions, more than half of all the party’s backbenchers defied the whip.' }];
    expect(checkDraft('Counting abstentions, more than half of Tory backbenchers defied the whip.', source)[0]?.verdict).toBe('supported');
  });
});
