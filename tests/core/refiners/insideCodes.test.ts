import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('insideCodes: a number word that opens a code is part of it', () => {
  it('"Twenty20" is one code, not twenty of anything', () => {
    expect(findMentions('Afghanistan won the opening Twenty20 international.').map((m) => [m.text, m.code])).toEqual([['Twenty20', 'Twenty20']]);
  });
  it('so it is never flagged as a figure no source gives', () => {
    const claims = checkDraft('Afghanistan won the opening Twenty20 international.', [{ id: 's', text: 'Afghanistan won the first T20 international.' }]);
    expect(claims.some((c) => c.text === 'Twenty')).toBe(false);
  });
});
