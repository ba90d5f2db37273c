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

// The figure's subject opens the draft's sentence ("Revenue rose …"), where the source's sentence
// names it too but a month stands nearer its figure: the subject is still the match's.
const RESULTS = 'Revenue for the year that ended in June reached $4.37 billion, up 8 percent. Operating profit was the highest in its history, at $612 million. '
  + 'For next year the company expects $4.6 billion in revenue and $650 million in operating profit.';

describe('a precise amount met exactly', () => {
  it('is supported against a forecast that frames it better', () => {
    expect(verdictOf('Revenue rose 8% to $4.37 billion.', RESULTS, '$4.37 billion')).toBe('supported');
    expect(verdictOf('Operating profit hit a record $612 million.', RESULTS, '$612 million')).toBe('supported');
  });
  it('not when it is round, nor when it is the forecast\'s', () => {
    expect(verdictOf('Operating profit hit a record $600 million.', RESULTS, '$600 million')).not.toBe('supported');
    expect(verdictOf('Revenue rose 8% to $4.73 billion.', RESULTS, '$4.73 billion')).not.toBe('supported');
  });
});

describe('a precise figure dated by a month', () => {
  const CASES = 'As of Nov. 2, the Centers for Disease Control and Prevention said there are 2,316 confirmed and probable lung injury cases associated with e-cigarette products. '
    + 'There are 14 confirmed and 21 probable EVALI cases from Ohio.';
  it('is the match\'s though the draft dates it by the month in full: a month names no one the figure is told of', () => {
    expect(verdictOf('As of November 2, the CDC counted 2,316 confirmed and probable cases in 48 states.', CASES, '2,316')).toBe('supported');
    expect(verdictOf('As of November 2, the CDC counted 2,361 confirmed and probable cases in 48 states.', CASES, '2,361')).not.toBe('supported');
  });
});
