import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('anotherInSeries', () => {
  it('another member of a series leaves the draft\'s unsupported, not contradicted', () => {
    const [c] = checkDraft('Wales won their first Grand Slam of the season.', [{ id: 's', text: 'Wales hold the record, and a third Grand Slam in nine years would mean they join England.' }]);
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toContain('another of the series');
    expect(c?.evidence[0]?.value).toBe('third');
  });
  it('a bare rank in the same race still contradicts', () => {
    const [c] = checkDraft('Hamilton finished third in the race.', [{ id: 's', text: 'Hamilton finished second in the race on Sunday.' }]);
    expect(c?.verdict).toBe('contradicted');
  });
  it('an ordinal told without its noun continues the sentence\'s long series ("in the 80th minute and Gray won it … in the 91st"), and then the other minute is another member, not a rival', () => {
    const source = [{ id: 's', text: 'Anthony Stokes equalised in the 80th minute and Gray won it with an emphatic header in the 91st, prompting a pitch invasion.' }];
    expect(checkDraft('Stokes levelled late on, and Gray won it in the 91st minute.', source).find((c) => c.text.startsWith('91st'))?.verdict).toBe('supported');
    expect(checkDraft('Stokes levelled late on, and Gray won it in the 89th minute.', source).find((c) => c.text.startsWith('89th'))?.verdict).not.toBe('supported');
  });
  it('but a small one leaves too many nouns to choose from: "a break in the seventh game … a tiebreak in the second" is no second game', () => {
    const source = [{ id: 's', text: 'Murray took the opening set after a break in the seventh game but was taken to a tiebreak in the second.' }];
    expect(checkDraft('Murray broke in the second game.', source).find((c) => c.text === 'second')?.verdict).not.toBe('supported');
  });
});
