// The latest of a tally is its count: "a fifth win from six" says they have won five.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Rovers held on for a fifth win from six games. Hart went over for the side\'s fourth try before the break.' }];
const at = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).startsWith(figure));

describe('runningTally', () => {
  it('a count of wins, by its verb or its noun, is the ordinal of the latest', () => {
    const c = at('Rovers have now won five of their games.', 'five');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'fifth win' makes 5 so far");
    expect(at('Rovers have five wins this season.', 'five')?.verdict).toBe('supported');
    expect(at('Rovers had scored four tries by the break.', 'four')?.verdict).toBe('supported');
  });
  it('not another number, nor another kind of thing', () => {
    expect(at('Rovers have now won seven of their games.', 'seven')?.verdict).not.toBe('supported');
    expect(at('Rovers have five goals this season.', 'five')?.verdict).not.toBe('supported');
    // "the first and second goals" ranks a list of goals, no tally.
    const listed = [{ id: 's', text: 'After the first and second goals Rovers dropped off.' }];
    expect(checkDraft('Two goals in three minutes gave Rovers the win.', listed)[0]?.verdict).not.toBe('supported');
  });
});
