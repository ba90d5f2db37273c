import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Eight of the council\'s 24 seats went to independents. Turnout fell sharply.' }];
const claim = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('partitiveShare', () => {
  it('a share is derived from a part over its whole', () => {
    const c = claim('Independents won a third of the seats.', 'third');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: Eight of 24 is 33.3%. Draft: 'a third'.");
    expect(claim('Independents won eight seats, a third of the total.', 'third')?.verdict).toBe('supported');
    expect(claim('Independents won about 33% of the seats.', '33%')?.verdict).toBe('supported');
  });
  it('another share, or a qualifier the share does not meet, is not', () => {
    expect(claim('Independents won a quarter of the seats.', 'quarter')?.verdict).not.toBe('supported');
    expect(claim('Independents won more than a third of the seats.', 'third')?.verdict).not.toBe('supported');
  });
  it('a share of something else is not derived from this partitive', () => {
    expect(claim('A third of voters stayed at home.', 'third')?.verdict).not.toBe('supported');
  });
  it('a bare whole with its plural noun: "two-thirds of the 24 teams" from "16 of 24 teams"', () => {
    const source = [{ id: 's', text: 'With 16 of 24 teams progressing from the group stage, Italy took a huge step.' }];
    const on = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('third'))?.verdict;
    expect(on('With two-thirds of the 24 teams going through, Italy are well placed.')).toBe('supported');
    expect(on('With a third of the 24 teams going through, Italy are well placed.')).not.toBe('supported');
  });
  it('reads "25 wins out of the first 30 matches" as a part of its whole', () => {
    const source = [{ id: 's', text: '"The players have created a record with 25 wins out of the first 30 matches," said Ferguson.' }];
    const on = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('%'));
    expect(on('United have 25 wins from their opening 30 fixtures, a win rate of more than 80%.')?.explanation).toBe("Derived: 25 of 30 is 83.3%. Draft: 'more than 80%'.");
    expect(on('United have 25 wins from their opening 30 fixtures, a win rate of more than 90%.')?.verdict).not.toBe('supported');
  });
});
