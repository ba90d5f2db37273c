// A figure of three or more significant digits met exactly is the statement the draft took, even
// where another figure's words frame the draft's sentence better.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const VOTE = 'Brexit has won by a majority of 51.9 per cent of the total vote. Remain has 48.1 per cent of the final count. '
  + 'Gibraltar: The first area to declare voted 96 per cent in favour of Remain.';
const SPRINT = 'Gatlin, who came into the race with the season\'s fastest time of 9.80, took second in 9.89. Canada\'s Andre de Grasse claimed bronze in 9.91 seconds.';

describe('a precise figure met exactly', () => {
  it('is supported, though a rival frames the sentence better', () => {
    expect(verdictOf('Leave took 51.9 per cent of the vote to Remain\'s 48.1 per cent.', VOTE, '48.1 per cent')).toBe('supported');
  });
  it('not when its digits are few, nor when the rival names the draft\'s person', () => {
    expect(verdictOf('Leave took 51.9 per cent of the vote to Remain\'s 48.2 per cent.', VOTE, '48.2 per cent')).not.toBe('supported');
    expect(verdictOf('Canada\'s Andre De Grasse won bronze in 9.89.', SPRINT, '9.89')).not.toBe('supported');
    const votes = 'Brianna Chacon won the mayoral seat with 1,902 votes, Philip Anthony received 1,569 and David Sprawls received 848 votes.';
    expect(verdictOf('David Sprawls finished third with 1,569 votes.', votes, '1,569')).not.toBe('supported');
  });
});
