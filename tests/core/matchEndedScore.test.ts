// "the game finishing 2-5 to the Gunners": how a named match ended is its score, whichever side
// is written first, and prose's "won 5-2" restates it.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

describe('a score after a verb of finishing, with the match named', () => {
  it('reads "the game finishing 2-5" as a score, and "ended 2-5% higher" as a range', () => {
    expect(findMentions('Everton played Arsenal with the game finishing 2-5 to the Gunners.')[0]?.kind).toBe('score');
    expect(findMentions('Shares ended 2-5% higher.')[0]?.kind).toBe('percent');
  });
  it('supports the winner\'s "5-2" and no other score', () => {
    const src = [{ id: 's', text: 'Earlier in the day, Everton played Arsenal with the game finishing 2-5 to the Gunners.' }];
    expect(checkDraft('Earlier that day, Arsenal won 5-2 at Everton.', src)[0]?.verdict).toBe('supported');
    expect(checkDraft('Earlier that day, Arsenal won 5-1 at Everton.', src)[0]?.verdict).not.toBe('supported');
  });
});
