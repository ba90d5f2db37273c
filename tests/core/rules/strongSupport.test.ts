import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'He has scored 392 goals in 677 games and last season was his most prolific, with 50 goals in 51 matches - a record for PSG - while his 38 league goals is also a club record.' }];
const claimOn = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text);

describe('strongSupport: a figure of another noun has no margin over one of the draft\'s own noun', () => {
  it('"51 in 50 matches" for "50 goals in 51 matches": the 50 matches is contradicted by the 51 matches', () => {
    const c = claimOn('He has 392 goals in 677 games. Last season he hit 51 in 50 matches, a PSG record, with 38 coming in the league.', '50');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toContain('51 matches');
  });
  it('the right figures stay supported', () => {
    const claims = checkDraft('He has 392 goals in 677 games. Last season he hit 50 goals in 51 matches, a PSG record, with 38 coming in the league.', source);
    expect(claims.filter((c) => c.text === '50' || c.text === '51').map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});
