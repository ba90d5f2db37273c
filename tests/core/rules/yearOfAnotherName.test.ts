// A year told right after a name dates that name's event: the source's year of another name next
// to it is the slip of copying the right digits from the wrong clause.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'He has not stopped anyone in years. Tom Reyes was probably the last one in 2009 because when he beat Sam Okafor in 2012, Okafor was injured.' }];
const on = (draft: string, year: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).startsWith(year));

describe('yearOfAnotherName', () => {
  it('"Tom Reyes in 2012" is contradicted by Reyes\'s 2009: the source\'s 2012 is Okafor\'s', () => {
    const c = on('He has not stopped anyone in years, with Tom Reyes in 2012 probably the last.', '2012');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toMatch(/^Source: 2009 for Reyes/);
  });
  it('each name with its own year is not contradicted', () => {
    expect(on('He has not stopped anyone in years, with Tom Reyes in 2009 probably the last.', '2009')?.verdict).not.toBe('contradicted');
    expect(on('He beat Sam Okafor in 2012.', '2012')?.verdict).toBe('supported');
  });
});
