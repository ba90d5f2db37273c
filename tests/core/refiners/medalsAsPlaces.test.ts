import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Adam Okoro won gold in 57.13. Ivan Petrov had to settle for silver in 58.69, and Cody Miller of the United States won the bronze in 58.87.' }];
const place = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('medalsAsPlaces', () => {
  it('reads a medal won as its place, implied only: a draft\'s "won the bronze" is no figure to check', () => {
    expect(findMentions('Miller won the bronze. Petrov took silver. Okoro claimed the gold medal.')).toEqual([]);
    expect(checkDraft('Miller won the bronze in 58.87.', source).map((c) => c.kind)).not.toContain('ordinal');
  });
  it('not a count of medals, a medallist, or a bid', () => {
    const medals = [{ id: 's', text: 'She won two bronze medals in Rio, and his bid for gold ended in the heats.' }];
    expect(checkDraft('She finished third in Rio.', medals).find((c) => c.kind === 'ordinal')?.verdict).not.toBe('supported');
    expect(checkDraft('He finished first in the heats.', medals).find((c) => c.kind === 'ordinal')?.verdict).not.toBe('supported');
  });
  it('so "third in 58.87" is the source\'s bronze, and "second" is not', () => {
    expect(place('Cody Miller of the United States was third in 58.87.')).toBe('supported');
    expect(place('Ivan Petrov was second in 58.69.')).toBe('supported');
    expect(place('Cody Miller of the United States was second in 58.87.')).not.toBe('supported');
  });
});
