// "four points clear thanks to a late goal": "clear" ends the noun phrase, so the figure counts points.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frameOf: a word that says how far the counted noun leaves something ends its phrase', () => {
  it('"points clear thanks to" counts points, not thanks', () => {
    expect(headOf('Rovers went four points clear thanks to a late goal.', 'four')).toBe('point');
  });
  it('so the same gap supports the draft', () => {
    const source = [{ id: 's', text: 'Rovers held on to go four points clear thanks to a fifth straight win.' }];
    expect(checkDraft('The win moved Rovers four points clear.', source)[0]?.verdict).toBe('supported');
  });
  it('"behind" keeps its object: whose gap it is', () => {
    expect(headOf('City are two points behind leaders Tottenham.', 'two')).not.toBe('point');
  });
  it('a plural without "-s" is the head of its phrase: "500,000 Bolivian children"', () => {
    expect(headOf('More than 500,000 Bolivian children work.', 'More than 500,000')).toBe('children');
    const source = [{ id: 's', text: 'More than 500,000 children already work, according to Unicef.' }];
    expect(checkDraft('According to Unicef, more than half a million Bolivian children already work.', source)[0]?.verdict).toBe('supported');
  });
});

describe('names after the figure', () => {
  it('"15th seed Nick Kyrgios" ranks seeds; "seven PRO12 appearances" counts appearances', () => {
    const seeds = [{ id: 's', text: 'The number 15 seed came from two sets to one down to beat the Spaniard.' }];
    expect(checkDraft('Australian 15th seed Nick Kyrgios also came from behind.', seeds)[0]?.verdict).toBe('supported');
    const apps = [{ id: 's', text: 'Hall has been restricted to seven appearances in the PRO12 this season.' }];
    expect(checkDraft('This season he has made just seven PRO12 appearances.', apps).find((c) => c.text === 'seven')?.verdict).toBe('supported');
    expect(checkDraft('This season he has made just nine PRO12 appearances.', apps).find((c) => c.text === 'nine')?.verdict).not.toBe('supported');
  });
});
