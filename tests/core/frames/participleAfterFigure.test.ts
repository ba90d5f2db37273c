// "with 38 coming in the league": a participle after a figure is what the counted things did, not
// a noun they are; the noun is the one the sentence counted before ("51 goals").
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'He scored 50 goals in 51 matches last season, a record for the club, while his 38 league goals is also a club record. He won 12 trophies in four seasons.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).startsWith(figure));

describe('a participle after a figure', () => {
  it('is no head noun: the 38 of "38 coming in the league" are the league goals', () => {
    expect(on('Last season he hit 50 in 51 matches, with 38 coming in the league.', '38')?.verdict).toBe('supported');
  });
  it('still flags a figure no source gives', () => {
    expect(on('Last season he hit 50 in 51 matches, with 31 coming in the league.', '31')?.verdict).not.toBe('supported');
  });
  it('nor is an irregular participle with its preposition: "£500m spent on transfer fees" is the money, as "£500m pounds on transfer fees" is', () => {
    const src = [{ id: 's', text: 'After spending a total of £500m pounds on transfer fees, City might have expected to be higher than fourth.' }];
    expect(checkDraft("City's £500m spent on transfer fees has not bought them the title.", src)[0]?.verdict).toBe('supported');
    expect(checkDraft("City's £400m spent on transfer fees has not bought them the title.", src)[0]?.verdict).not.toBe('supported');
  });
});
