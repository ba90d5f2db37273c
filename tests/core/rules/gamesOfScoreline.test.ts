// The games a player won are the sum of that player's side of each set: "won only four games"
// for "6-1, 6-3, 6-0".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Rafael Nadal demolished world No 1 Roger Federer 6-1, 6-3, 6-0 on Sunday to win his fourth straight French Open title.' }];
const verdictOf = (draft: string) => checkDraft(draft, source).find((c) => c.text === 'four' || c.text === 'five' || c.text === '18')?.verdict;

describe('gamesOfScoreline', () => {
  it('"Federer won only four games" is one side of "6-1, 6-3, 6-0"; "Nadal won 18 games" the other', () => {
    expect(verdictOf('Nadal needed under two hours to beat Federer, who won only four games.')).toBe('supported');
    expect(verdictOf('Nadal won 18 games to beat Federer.')).toBe('supported');
  });
  it('another count of games is not', () => {
    expect(verdictOf('Nadal needed under two hours to beat Federer, who won only five games.')).not.toBe('supported');
  });
});

describe('scorelines written with commas', () => {
  it('"6-1, 6-3, 6-0" is a three-set scoreline', () => {
    expect(checkDraft('Nadal beat Federer in three sets.', source).find((c) => c.text === 'three')?.verdict).toBe('supported');
    expect(checkDraft('Nadal beat Federer in four sets.', source).find((c) => c.text === 'four')?.verdict).toBe('contradicted');
  });
});
