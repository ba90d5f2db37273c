// "Europe won 17.5-10.5": a team event of match play scores a halved match as half a point, and
// its result is a score like any other, never two counts or a range.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Europe regained the Ryder Cup, as Thomas Bjorn\'s team won 17.5-10.5 against the United States on Sunday.' }];

describe('scores in half points', () => {
  it('reads "won 17.5-10.5" and "beating the United States 17.5-10.5" as scores', () => {
    expect(findMentions('Thomas Bjorn\'s team won 17.5-10.5 against the United States.').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 17.5, 10.5]]);
    expect(findMentions('Europe beat the United States 17.5-10.5 in Paris.').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 17.5, 10.5]]);
    expect(findMentions('Temperatures of 2.5-3.5C are expected.').map((m) => m.kind)).toEqual(['quantity']);
  });
  it('checks the result against the source\'s, side by side', () => {
    expect(checkDraft('Europe won back the Ryder Cup, beating the United States 17.5-10.5.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Europe won back the Ryder Cup, beating the United States 16.5-11.5.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('scores in half points on a fact box\'s result line', () => {
  it('"Final score: Europe 17.5, USA 10.5" is the source\'s 17.5-10.5', () => {
    expect(checkDraft('Europe regain the Ryder Cup.\n\nKey facts:\n- Final score: Europe 17.5, USA 10.5\n- Venue: Le Golf National', source).find((c) => c.kind === 'score')?.verdict).toBe('supported');
    expect(findMentions('Europe 17.5\nUSA 10.5').some((m) => m.kind === 'score')).toBe(false);
  });
});
