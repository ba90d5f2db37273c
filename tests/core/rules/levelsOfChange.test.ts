import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// The two levels of a change ("from £543m … to £166m") are two quantities, the one before and the
// one after, however far apart the change's period sets them and whichever verb tells it.
const source = 'A total of £377m was wiped off its UK operating profit, with this figure plummeting from £543m in the first half of last year to £166m in the first six months of 2015.';

describe('levels of a change', () => {
  it('the level before is not contradicted by the level after', () => {
    const draft = 'Operating profit at the UK business sank to £166m in the first six months of 2015 from £543m a year earlier.';
    expect(verdictOf(draft, source, '£543m')).toBe('supported');
    expect(verdictOf(draft, source, '£166m')).toBe('supported');
  });
  it('a wrong level before is still caught', () => {
    const draft = 'Operating profit at the UK business sank to £166m in the first six months of 2015 from £534m a year earlier.';
    expect(verdictOf(draft, source, '£534m')).not.toBe('supported');
  });
  it('a "to" before a verb is no level of the change: "up from 78.7 … expect to reach 79"', () => {
    const src = 'Babies born from 2010 to 2012 can now expect to live to 79 if they are boys and 82.8 if they are girls. This is up on the last figures, calculated for babies born from 2009 to 2011, of 78.7 for boys and 82.6 for girls.';
    expect(verdictOf('Boys born between 2010 and 2012 can expect to reach 79 and girls 82.8, up from 78.7 and 82.6 for those born from 2009 to 2011.', src, '78.7')).toBe('supported');
  });
});
