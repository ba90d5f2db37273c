// "the 2014–2015 season" is a span of years, as "2014-15" is: the same season however written.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

describe('two years joined by a dash', () => {
  it('are a span of years, unless a count noun follows', () => {
    expect(findMentions('in the 2014–2015 season')[0]?.kind).toBe('year');
    expect(findMentions('between 1800-2000 calories a day')[0]?.kind).toBe('count');
    expect(findMentions('aired between 1978 and 1990')[0]?.kind).not.toBe('year');
  });
  it('"the 2014-15 season" is the source\'s "2014–2015 season"', () => {
    const src = [{ id: 's', text: 'The highest previous rate was 64.2 per 100,000 in the 2014–2015 season.' }];
    expect(checkDraft('The highest previous rate came in the 2014-15 season.', src).find((c) => c.text.includes('2014'))?.verdict).toBe('supported');
    expect(checkDraft('The highest previous rate came in the 2015-16 season.', src).find((c) => c.text.includes('2015'))?.verdict).not.toBe('supported');
  });
});
