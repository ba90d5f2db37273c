// "$360 a month for eight treatments, or $45 a visit": the draft's own price of one item.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Mr Okafor has a $360-per-month membership that grants him eight treatments. Each session otherwise costs $100.' }];
const price = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('ownPerItem', () => {
  it('supports the total over the count, as derived', () => {
    const c = price('Okafor pays $360 a month for eight treatments, or $45 a visit.', '$45');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Derived');
  });
  it('not when the arithmetic is wrong', () => {
    expect(price('Okafor pays $360 a month for eight treatments, or $55 a visit.', '$55')?.verdict).not.toBe('supported');
  });
  it('not a rate per period: "$45 a week" is no price of one treatment', () => {
    expect(price('Okafor pays $360 for eight treatments, or $45 a week.', '$45')?.verdict).not.toBe('supported');
  });
});

describe('ownPerItem: an average per item', () => {
  const source = [{ id: 's', text: 'Okafor joined last summer and has scored six goals in 15 games for the club.' }];
  const avg = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('supports the tally over the count whose noun it is per', () => {
    expect(avg('Okafor has scored six goals in 15 games, an average of 0.4 per game.', '0.4')).toBe('supported');
    expect(avg('Okafor has scored six goals in 15 games, an average of 0.6 per game.', '0.6')).not.toBe('supported');
  });
  it('not per a noun no count of the sentence counts', () => {
    expect(avg('Okafor has scored six goals in 15 games, an average of 0.4 per season.', '0.4')).not.toBe('supported');
  });
});

describe('ownPerItem: one of a tally every so many items', () => {
  const source = [{ id: 's', text: 'On loan at Derby he scored just five goals in 29 games.' }];
  const every = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('"five goals in 29 games, a goal roughly every six games"', () => {
    expect(every('He scored five goals in 29 games, a goal roughly every six games.', 'six')).toBe('supported');
    expect(every('He scored five goals in 29 games, a goal roughly every nine games.', 'nine')).not.toBe('supported');
  });
});
