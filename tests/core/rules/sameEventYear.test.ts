// A year in a source sentence that tells the same event in the same words supports the draft's.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Okafor retired from boxing in 2009. In 2013 Okafor made a comeback as a kickboxer, but was knocked out in the second round. He now coaches in Lagos.' }];
const year = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'year' && /2013|2012|2009/.test(c.text));

describe('sameEventYear', () => {
  it('supports the year of the same event told in other words', () => {
    expect(year('A 2013 comeback as a kickboxer ended with a knockout in the second round.')?.verdict).toBe('supported');
  });
  it('not another year', () => {
    expect(year('A 2012 comeback as a kickboxer ended with a knockout in the second round.')?.verdict).not.toBe('supported');
  });
});
