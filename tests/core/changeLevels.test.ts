// A change's size and the level it reached are two figures, not a range: "grew in April by 19,400
// to 792,800", "fell by 53,000 to 1.54m" (millions, not metres), and "the rate by 0.2 to 3.6%"
// with its verb left out. Each is then checked on its own.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../core/index.ts';
import { verdictOf } from './verdictOf.ts';

const SOURCE = 'The number of people claiming jobless benefits grew in March by 12,300 to 671,900. '
  + 'Unemployment in the quarter fell by 41,000 to 1.38m, while employment rose by 96,000 to nearly 29m. '
  + 'In Harlow the count rose by 65 to 1,810 and the claimant rate by 0.3 to 4.1%.';

const figures = (text: string) => findMentions(text).map((m) => [m.text, m.value]);

describe('a change and the level it reached', () => {
  it('are read as two figures, with the level in millions after a change of thousands', () => {
    const f = figures(SOURCE);
    expect(f).toContainEqual(['12,300', 12300]);
    expect(f).toContainEqual(['671,900', 671900]);
    expect(f).toContainEqual(['1.38m', 1380000]);
    expect(f).toContainEqual(['nearly 29m', 29000000]);
    expect(f).toContainEqual(['0.3', 0.3]);
    expect(f).toContainEqual(['4.1%', 4.1]);
  });
  it('each supports the draft that states it', () => {
    expect(verdictOf('Claims rose by 12,300 to 671,900 in March.', SOURCE, '671,900')).toBe('supported');
    expect(verdictOf('Unemployment fell by 41,000 to 1.38 million.', SOURCE, '1.38 million')).toBe('supported');
    expect(verdictOf('Employment rose by 96,000 to almost 29 million.', SOURCE, 'almost 29 million')).toBe('supported');
    expect(verdictOf('In Harlow the claimant rate rose 0.3 points to 4.1%.', SOURCE, '4.1%')).toBe('supported');
  });
  it('a close pair after "by" is still a range, and metres stay metres', () => {
    expect(figures('Prices are expected to rise by 5 to 10 per cent.')).toContainEqual(['5 to 10 per cent', 5]);
    expect(figures('The wall was raised by 40 to 1.8m.')).not.toContainEqual(['1.8m', 1800000]);
  });
});

describe('an age range after a change', () => {
  it('"has fallen to 44, with victims aged from 17 to 75" keeps the ages a range', () => {
    expect(figures('The median age has fallen to 44, with victims aged from 17 to 75.')).toContainEqual(['from 17 to 75', 17]);
    expect(verdictOf('The median age has fallen to 44, with victims aged from 17 to 75.', 'Victims ranged in age from 17 to 75.', 'from 17 to 75')).toBe('supported');
  });
  it('a change from one level to another is still a change', () => {
    expect(figures('Sales have fallen to 44, down from 70.').map((f) => f[0])).toEqual(['44', '70']);
  });
});

describe('a change measured year on year', () => {
  it('"up nearly 1,200 year on year" counts what rose, not years', () => {
    expect(figures('Placements rose to 18,400, up nearly 1,200 year on year.')).toContainEqual(['nearly 1,200', 1200]);
    expect(findMentions('Placements rose to 18,400, up nearly 1,200 year on year.').find((m) => m.value === 1200)?.kind).toBe('count');
    expect(findMentions('He served 20 years on remand.')[0]?.kind).toBe('duration');
  });
});
