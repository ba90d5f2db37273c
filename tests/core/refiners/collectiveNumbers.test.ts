import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('collectiveNumbers', () => {
  it('reads "the trio" as three and "the pair" as two, not "a pair of boots"', () => {
    const ms = findMentions('The trio left with the pair after buying a pair of boots.');
    expect(ms.map((m) => [m.text, m.value])).toEqual([['trio', 3], ['pair', 2]]);
  });
  it('a source\'s "the visiting trio" supports a draft\'s "three visiting players"', () => {
    const source = [{ id: 's', text: 'The coach said the visiting trio had trained well all week.' }];
    expect(checkDraft('The coach praised three visiting players for their training.', source)[0]?.verdict).toBe('supported');
  });
  it('never contradicts another count: what it counts is too loosely told', () => {
    const source = [{ id: 's', text: 'Within days the pair started talking online.' }];
    expect(checkDraft('The girl said she was 14 when they started talking online.', source)[0]?.verdict).not.toBe('contradicted');
  });
  it('a draft\'s "the trio" is not put to the editor', () => {
    expect(checkDraft('The trio were arrested.', [{ id: 's', text: 'Four men were arrested.' }])).toEqual([]);
  });
});
