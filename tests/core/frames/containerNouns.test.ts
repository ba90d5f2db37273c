// "80 members of staff" counts staff: a noun of membership counts the noun after its "of". And in
// a list ("120 staff and 80 players") each figure has its own noun, so a swapped pair is no match.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The club says 75 members of staff based at the ground, plus 130 players, have been kept away for a month.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('the noun a figure counts', () => {
  it('"75 staff" is the source\'s "75 members of staff"', () => {
    expect(on('The club has kept 75 staff away from the ground.', '75')?.verdict).toBe('supported');
  });
  it('a swapped pair in a list is not supported by the other figure\'s noun', () => {
    expect(on('The club has kept 130 staff and 75 players away from the ground.', '75')?.verdict).not.toBe('supported');
    // Two groups of people are two groups, though both are the club's: staff are not players.
    expect(on('The club has kept 130 staff and 75 players away from the ground.', '130')?.verdict).not.toBe('supported');
    expect(on('The club has kept 130 players away from the ground.', '130')?.verdict).toBe('supported');
  });
});
