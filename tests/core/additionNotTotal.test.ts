// "put another 21 Starlink satellites into orbit" adds to a total; it is not a value of the
// total ("more than 4,600 Starlink satellites in orbit"), so the total does not contradict it.
// And launch copy's "spacecraft" are its "satellites".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const verdictOf = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;
const total = 'Currently, there are more than 4,600 operational Starlink satellites in orbit, according to astrophysicist Jonathan McDowell.';

describe('additionNotTotal', () => {
  it('an addition is not contradicted by the total it adds to', () => {
    expect(verdictOf('SpaceX put another 21 Starlink satellites into orbit on Tuesday.', total, '21')).not.toBe('contradicted');
    expect(verdictOf('SpaceX put a further 21 Starlink satellites into orbit on Tuesday.', total, '21')).not.toBe('contradicted');
  });
  it('a level still is', () => {
    expect(verdictOf('There are now 3,600 operational Starlink satellites in orbit.', total, '3,600')).toBe('contradicted');
  });
  it('"21 Starlink satellites" are the source\'s "21 Starlink spacecraft"', () => {
    const source = `A SpaceX Falcon 9 rocket launched and released a total of 21 Starlink spacecraft. ${total}`;
    expect(verdictOf('SpaceX put another 21 Starlink satellites into orbit on Tuesday.', source, '21')).toBe('supported');
  });
  it('"11 more" after the figure adds on too: neither contradicted nor out-framed by the total it brings', () => {
    const source = 'Eleven more people in England have been diagnosed with monkeypox, bringing the cumulative number of UK cases to 207.';
    expect(verdictOf('Monkeypox cases in UK pass 200 as 11 more diagnosed', source, '11')).toBe('supported');
    expect(verdictOf('Monkeypox cases in UK reach 211.', source, '211')).toBe('contradicted');
  });
});
