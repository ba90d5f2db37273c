// A record told in words ("112 wins and three defeats") is the score sports copy writes "112-3".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const src = [{ id: 's', text: 'Nadal is now 112-3 at Roland Garros after beating Ruud in the final.' }];

describe('winLossRecords', () => {
  it('reads "112 wins and three defeats" as one record', () => {
    expect(findMentions('His record there stands at 112 wins and three defeats.').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 112, 3]]);
  });
  it('which the source\'s "112-3" states, and another record does not', () => {
    expect(checkDraft('His record at Roland Garros stands at 112 wins and three defeats.', src)[0]?.verdict).toBe('supported');
    expect(checkDraft('His record at Roland Garros stands at 112 wins and four defeats.', src)[0]?.verdict).not.toBe('supported');
  });
  it('two counts of other things stay two counts', () => {
    expect(findMentions('They had 12 wins in a row and three draws.').map((m) => m.kind)).toEqual(['count', 'count']);
  });
});
