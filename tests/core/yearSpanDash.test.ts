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

describe('two years joined by a slash', () => {
  it('"2012/13" and "1999/2000" are spans of years; "2012/14" is not', () => {
    expect(findMentions('in the final quarter of 2012/13')[0]).toMatchObject({ kind: 'year', value: 2012, high: 2013 });
    expect(findMentions('the 1999/2000 season')[0]).toMatchObject({ kind: 'year', value: 1999, high: 2000 });
    expect(findMentions('in 2012/14')[0]?.high).toBeUndefined();
  });
  it('a figure of the financial year is the later year\'s news too', () => {
    const src = [{ id: 's', text: '04/06/2013 03:12 BST\n\nThe report showed that in the final quarter of 2012/13, 5.9% of patients waited for four hours or longer in A&E. The target was broken for the first time since June 2011.' }];
    expect(checkDraft('The quarterly report found that 5.9% of A&E patients waited at least four hours.', src).find((c) => c.text === '5.9%')?.verdict).toBe('supported');
  });
});
