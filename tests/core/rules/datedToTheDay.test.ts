import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// A story told with day words ("issued Thursday") is later than the years it names, so a figure a
// bare year anchors is a look back. A figure dated to the day in the newest year the story names
// is its own news.
describe('a figure dated to the day in the story\'s newest year', () => {
  const source = 'Microsoft has announced record revenue of $17.37 billion for the quarter ending June 30, 2011. Chief financial officer Peter Klein said in a press release issued Thursday that the year went well.';
  it('is the story\'s news, not a look back', () => {
    expect(verdictOf('Microsoft reported record revenue of $17.37 billion for its fiscal fourth quarter, the three months to June 30.', source, '$17.37 billion')).toBe('supported');
  });
  it('a bare year still anchors a look back', () => {
    const quake = 'A strong earthquake struck the region on Monday, killing at least seven people. In 2009 almost 300 people died in a quake nearby.';
    expect(verdictOf('The quake on Monday killed almost 300 people.', quake, 'almost 300 people')).not.toBe('supported');
  });
});
