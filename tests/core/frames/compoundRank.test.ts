// A rank told by its hyphenated word ("second-ranked") is that word's rank, not any ordinal's.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('framesAgree: a rank by its hyphenated word', () => {
  it('"Europe\'s second-ranked team" is not supported by a feed\'s "Second Half ends"', () => {
    const source = [{ id: 's', text: 'Belgium came to France as Europe\'s top-ranked side. Second Half ends, Belgium 0, Italy 2.' }];
    expect(checkDraft("Belgium arrived as Europe's second-ranked team.", source)[0]?.verdict).not.toBe('supported');
  });
  it('but is supported by the same rank', () => {
    const source = [{ id: 's', text: 'Belgium came to France as Europe\'s second-ranked side.' }];
    expect(checkDraft("Belgium arrived as Europe's second-ranked team.", source)[0]?.verdict).toBe('supported');
  });
});
