// A live-match feed's "Match ends, Hilltown 3, Rovers 1." is the score 3-1.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const feed = 'Rovers never recovered. Match ends, Hilltown United 3, Rovers 1. Second Half ends, Hilltown United 3, Rovers 1. Corner, Rovers. Conceded by Sam Hart.';

describe('feedScores', () => {
  it('reads the two sides\' tallies as one score', () => {
    const scores = findMentions(feed).filter((m) => m.kind === 'score');
    expect(scores.map((m) => [m.text, m.value, m.high])).toEqual([['3, Rovers 1', 3, 1], ['3, Rovers 1', 3, 1]]);
  });
  it('supports the result it states, and no other', () => {
    const sources = [{ id: 's', text: feed }];
    expect(checkDraft('Hilltown United beat Rovers 3-1 on Saturday.', sources).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(checkDraft('Hilltown United beat Rovers 3-0 on Saturday.', sources).find((c) => c.kind === 'score')?.verdict).not.toBe('supported');
  });
  it('leaves a count beside a name alone outside a feed', () => {
    expect(findMentions('Hilltown United signed 3 players and Rovers 1.').some((m) => m.kind === 'score')).toBe(false);
  });
  it('reads the winner\'s tally first, as prose does, whoever was at home', () => {
    const sources = [{ id: 's', text: 'Match ends, Ipswich Town 0, Derby County 3.' }];
    expect(checkDraft('Derby County eased to a 3-0 win at Ipswich.', sources).find((c) => c.kind === 'score')?.verdict).toBe('supported');
  });
});


describe('feedScores: a round-up\'s results line', () => {
  const roundUp = 'There were 20 goals at the weekend.\nArsenal 2 Wolves 1\nArsenal dominated the first half.\nBurnley 5 Sheffield United 0\nIt was their biggest win.';
  it('reads "Arsenal 2 Wolves 1" on a line of its own as the score 2-1', () => {
    const scores = findMentions(roundUp).filter((m) => m.kind === 'score');
    expect(scores.map((m) => [m.text, m.value, m.high])).toEqual([['2 Wolves 1', 2, 1], ['5 Sheffield United 0', 5, 0]]);
  });
  it('supports the result it states, and no other', () => {
    const sources = [{ id: 's', text: roundUp }];
    expect(checkDraft('Burnley thrashed Sheffield United 5-0.', sources).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(checkDraft('Arsenal beat Wolves 3-1.', sources).find((c) => c.kind === 'score')?.verdict).not.toBe('supported');
  });
  it('leaves two tallies in a sentence alone', () => {
    expect(findMentions('Arsenal signed 2 players and Wolves 1.\nNext line.').some((m) => m.kind === 'score')).toBe(false);
  });
});

describe('a fact box\'s score line and a scoreboard of two lines', () => {
  const SOURCE = [{ id: 's', text: 'Harbour Town 4\nMill Lane 1\nHarbour Town eased into the county final with a 4-1 win at Mill Lane on Saturday.' }];
  it('"- Score: Harbour Town 4, Mill Lane 1" is the score, as is the scoreboard above the report', () => {
    const draft = 'Key facts:\n- Score: Harbour Town 4, Mill Lane 1\n- Venue: Mill Lane';
    expect(findMentions(draft).filter((m) => m.kind === 'score').map((m) => [m.text, m.value, m.high])).toEqual([['4, Mill Lane 1', 4, 1]]);
    expect(checkDraft(draft, SOURCE).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(findMentions(SOURCE[0]!.text).filter((m) => m.kind === 'score').map((m) => [m.value, m.high])).toEqual([[4, 1], [4, 1]]);
  });
  it('with the match\'s extra time after it, and a wrong score still flagged', () => {
    expect(findMentions('Key facts:\n- Result: Harbour Town 2 Mill Lane 1 (after extra time)\n- x').filter((m) => m.kind === 'score').map((m) => [m.value, m.high])).toEqual([[2, 1]]);
    expect(checkDraft('Key facts:\n- Score: Harbour Town 3, Mill Lane 1\n- Venue: Mill Lane', SOURCE).find((c) => c.kind === 'score')?.verdict).not.toBe('supported');
  });
});

describe('feedScores: a labelled result with words after its label, or with hundreds', () => {
  it('"Result on Friday: England 5 Albania 0" and "Final score: Raptors 114, Warriors 110" are scores; an unlabelled line of hundreds is not', () => {
    expect(findMentions('Key facts:\n- Result on Friday: England 5 Albania 0').filter((m) => m.kind === 'score').map((m) => [m.value, m.high])).toEqual([[5, 0]]);
    expect(findMentions('Key facts:\n- Final score: Raptors 114, Warriors 110\n- Series: 4-2').filter((m) => m.kind === 'score').map((m) => [m.value, m.high])).toEqual([[114, 110], [4, 2]]);
    expect(findMentions('Route 114 Exit 110\nThe road was shut.').some((m) => m.kind === 'score')).toBe(false);
    const source = [{ id: 's', text: 'The Toronto Raptors won their first NBA title with a 114-110 victory over the Golden State Warriors on Thursday.' }];
    expect(checkDraft('Raptors win first title.\n\nKey facts:\n- Final score: Raptors 114, Warriors 110', source).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(checkDraft('Raptors win first title.\n\nKey facts:\n- Final score: Raptors 114, Warriors 101', source).find((c) => c.kind === 'score')?.verdict).not.toBe('supported');
  });
});
