import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// An ordinal whose noun both texts leave out ranks what the context gives: where the words around
// them meet, the draft's bare ordinal is the source's.
const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('elided rank', () => {
  it('"are fifth in the table" is supported by "a precarious fifth in the table"', () => {
    expect(verdict('Rovers are fifth in the table.', 'Rovers sit a precarious fifth in the table after a run of defeats.')).toBe('supported');
  });
  it('"a birdie at the 12th" is supported by "a birdie on the 12th"', () => {
    expect(verdict('She closed with a birdie at the 12th.', 'Her round ended with a birdie on the 12th after a wet afternoon.')).toBe('supported');
  });
  it('a bare ordinal in other words is not support: a putt on the 12th is no 12th place', () => {
    expect(verdict('She sank a long putt on the 12th.', 'He finished 12th in the club championship.')).toBe('unsupported');
  });
  it('a bare rank is a table\'s "place": "Rovers, fifth," is "fifth place", when the words around them meet', () => {
    const source = 'Rovers will look to hold on to fifth place when they visit Ashton Gate on Saturday.';
    expect(verdict('Rovers, fifth, visit Ashton Gate on Saturday.', source)).toBe('supported');
    expect(verdict('Rovers, sixth, visit Ashton Gate on Saturday.', source)).not.toBe('supported');
    expect(verdict('Her horse, fifth, was retired after the race.', source)).not.toBe('supported');
  });
  it('"the first of its kind" ranks whatever its subject is, where the words around both meet', () => {
    const source = 'The new Ohio ban on plastic bags in shops is the first of its kind in the region.';
    expect(verdict('Ohio is the first state in the region to ban plastic bags in shops.', source)).toBe('supported');
    expect(verdict('Ohio is the second state in the region to ban plastic bags in shops.', source)).not.toBe('supported');
    expect(verdict('She won the first prize at the county fair.', source)).not.toBe('supported');
  });
  it('"second-placed Spurs" ranks Spurs: the draft\'s "Spurs … second in the table"', () => {
    const source = [{ id: 's', text: 'Sadio Hart scored twice as second-placed Spurs disappointed at Anfield.' }];
    expect(checkDraft('Spurs began the day second in the table.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Spurs began the day third in the table.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a preposition after an ordinal is no noun it ranks ("the second without his shoe", "the second minus his shoe")', () => {
    const source = [{ id: 's', text: 'The four-time major winner double-bogeyed the 16th after needing two attempts - the second minus his right shoe and sock - to play from the edge of a water hazard.' }];
    const draft = 'He double-bogeyed the 16th after needing two attempts to play from the edge of a water hazard, the second without his right shoe and sock.';
    expect(checkDraft(draft, source).find((c) => draft.slice(c.start, c.end) === 'second')?.verdict).toBe('supported');
  });
  it('a draft that leaves the noun out ranks the source\'s noun where two words around both meet', () => {
    const source = "It is Miss Jones' first child with partner Charlie Thomson and he was born on Sunday.";
    const on = (draft: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => /^(first|second)$/.test(c.text))?.verdict;
    expect(on('The baby, her first with partner Charlie Thomson, was born on Sunday.')).toBe('supported');
    expect(on('The baby, her second with partner Charlie Thomson, was born on Sunday.')).not.toBe('supported');
    expect(on('She won her first with a late goal on Sunday.')).not.toBe('supported');
  });
});

describe('an elided rank beside the same precise figure', () => {
  it('"was sixth on 6.04%" ranks what "holds the sixth result with 6.04%" does; another rank does not', () => {
    const source = [{ id: 's', text: 'The fifth is Anatoliy Hrytsenko with 6.91%. Ihor Smeshko holds the sixth result with 6.04%.' }];
    const rankOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
    expect(rankOf('Ihor Smeshko, a former intelligence chief, was sixth on 6.04%, ahead of Oleh Lyashko.', 'sixth')).toBe('supported');
    expect(rankOf('Ihor Smeshko, a former intelligence chief, was fifth on 6.04%, ahead of Oleh Lyashko.', 'fifth')).not.toBe('supported');
    expect(rankOf('Ihor Smeshko, a former intelligence chief, was sixth, ahead of Oleh Lyashko.', 'sixth')).not.toBe('supported');
  });
});
