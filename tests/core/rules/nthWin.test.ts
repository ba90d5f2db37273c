// An ordinal win counted by the occasion ("for the fifth time") or by what was won ("fifth title").
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const MASTERS = 'Tiger Woods rallied to win the Masters for the fifth time Sunday, a comeback few thought possible.';
const OPEN = 'Roger Federer beat Rafa Nadal to win his fifth Australian Open and clinch a record-extending 18th major title. '
  + 'Nadal came up short in his bid for a 15th grand slam title.';
const NATIONAL = 'One For Arthur gave Scotland only their second win in the Grand National on Saturday.';

describe('nthWin', () => {
  it('the occasion counted and the thing won are one win', () => {
    expect(verdictOf('Woods won his fifth Masters title on Sunday.', MASTERS, 'fifth')).toBe('supported');
    expect(verdictOf('Federer beat Nadal in the Australian Open final to lift the title for the fifth time.', OPEN, 'fifth')).toBe('supported');
    expect(verdictOf('Defeat left Nadal still chasing a 15th major.', OPEN, '15th')).toBe('supported');
    expect(verdictOf('Scotland has a Grand National winner for only the second time.', NATIONAL, 'second')).toBe('supported');
  });
  it('through a streak, an event\'s distance and a possessive name', () => {
    expect(verdictOf('Usain Bolt stormed to a third consecutive 100m title in Rio.', 'Lightning Bolt thunders past Gatlin to win third Olympic 100m gold in Rio.', 'third')).toBe('supported');
    expect(verdictOf('Reed won the Masters, claiming his first major title.', 'It is Reed\'s first major championship and sixth PGA Tour win.', 'first')).toBe('supported');
  });
  it('a tally of wins is the rank of the latest: "seven world titles" for "for a seventh time"', () => {
    const crucible = "Ronnie O'Sullivan stamped out Judd Trump's resistance to win the World Championship for a seventh time.";
    expect(verdictOf("O'Sullivan sees off Trump to match Hendry's seven world titles.", crucible, 'seven')).toBe('supported');
    expect(verdictOf("O'Sullivan sees off Trump to match Hendry's six world titles.", crucible, 'six')).not.toBe('supported');
  });
  it('another value, another competition or other sides is not that win', () => {
    expect(verdictOf('Woods won his sixth Masters title on Sunday.', MASTERS, 'sixth')).not.toBe('supported');
    expect(verdictOf('Woods won his fifth Open title on Sunday.', MASTERS, 'fifth')).not.toBe('supported');
    expect(verdictOf('Rory McIlroy won his fifth title at Augusta.', MASTERS, 'fifth')).not.toBe('supported');
    expect(verdictOf('Federer came up short in his bid for a 15th major.', 'Nadal came up short in his bid for a 15th grand slam title. Federer took his 18th.', '15th')).not.toBe('supported');
  });
  it('an ordinal that counts no win is left alone', () => {
    expect(verdictOf('Woods finished fifth at the Masters on Sunday.', 'Woods won the Masters for the fifth time.', 'fifth')).not.toBe('supported');
  });
});
