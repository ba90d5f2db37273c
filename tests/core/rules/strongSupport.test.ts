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

describe('strongSupport: a bound on the very figure a better-framed source states', () => {
  const source = [{ id: 's', text: 'In total, 870 people worldwide have been infected, and 457 deaths have been reported in 21 countries. But in the last seven years, the pace has slowed, with only around 170 infections and 50 deaths.' }];
  it('"more than 50 deaths" is contradicted by the "50 deaths" of its own period, not supported by the 457 overall', () => {
    const c = checkDraft('In the last seven years there have been only around 170 infections and more than 50 deaths.', source).find((x) => x.text === 'more than 50');
    expect(c?.verdict).toBe('contradicted');
  });
  it('"50 deaths" stays supported', () => {
    const c = checkDraft('In the last seven years there have been only around 170 infections and 50 deaths.', source).find((x) => x.text === '50');
    expect(c?.verdict).toBe('supported');
  });
});
