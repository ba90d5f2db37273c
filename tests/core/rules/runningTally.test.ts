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
  it('the other way round: "a club-record 25th victory" is the source\'s "25 wins"', () => {
    const wins = [{ id: 's', text: 'The players have created a record with 25 wins out of the first 30 matches.' }];
    const c = checkDraft('United completed a club-record 25th victory.', wins)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the source's '25 wins' make this the 25th. Draft: '25th'.");
    expect(checkDraft('United completed a club-record 26th victory.', wins)[0]?.verdict).not.toBe('supported');
    expect(checkDraft('Rashford scored his 25th goal.', wins)[0]?.verdict).not.toBe('supported');
  });
  it('a run: "seven straight losses" for "a seventh straight league defeat"', () => {
    const run = [{ id: 's', text: 'Hull were bidding to avoid a seventh straight league defeat.' }];
    expect(checkDraft('Defeat would have meant seven straight league losses.', run)[0]?.verdict).toBe('supported');
    expect(checkDraft('Defeat would have meant eight straight league losses.', run)[0]?.verdict).not.toBe('supported');
  });
  it('a member left unsaid continues its series: "Scotland\'s fourth try … The fifth … Scotland\'s sixth"', () => {
    const report = [{ id: 's', text: "Away he went for Scotland's fourth try. The fifth came early in the second half. Hughes found Hogg, who ran in his second and Scotland's sixth." }];
    expect(checkDraft('Scotland ran in six tries to see off Georgia.', report)[0]?.verdict).toBe('supported');
    expect(checkDraft('Scotland ran in seven tries to see off Georgia.', report)[0]?.verdict).not.toBe('supported');
    expect(checkDraft('Scotland kicked six penalties to see off Georgia.', report)[0]?.verdict).not.toBe('supported');
  });
});

