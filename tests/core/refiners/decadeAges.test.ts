// "in her 60s", "in his early 20s": a decade of life is an age told as a range; and an age before a
// name in the possessive ("75-year-old Walter Morris's savings") is that person's.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('decadeAges', () => {
  it('reads a decade of life as the years it spans', () => {
    const ages = (t: string) => findMentions(t).map((m) => [m.kind, m.value, m.high]);
    expect(ages('A resident in her 60s spoke.')).toEqual([['age', 60, 69]]);
    expect(ages('A man in his early 20s was held.')).toEqual([['age', 20, 23]]);
    expect(ages('Voters in their mid-30s.')).toEqual([['age', 33, 36]]);
    expect(ages('A woman in her late 40s.')).toEqual([['age', 46, 49]]);
    // A decade of the calendar is a year, and a plural with no possessive no age.
    expect(ages('Prices rose in the 1960s.').map(([k]) => k)).toEqual(['year']);
  });
  it('a source age inside the decade supports it', () => {
    const source = 'One investor, Cassie Wilkinson, welcomed the verdict. "It is a vindication," said Wilkinson, 62, who lives in Houston.';
    expect(verdictOf('Investor Cassie Wilkinson, a Houston resident in her 60s, welcomed the verdict.', source, '60s')).toBe('supported');
    expect(verdictOf('Investor Cassie Wilkinson, a Houston resident in her 70s, welcomed the verdict.', source, '70s')).not.toBe('supported');
  });
});

describe('agesBeforeNames: a possessive ends the name', () => {
  const source = 'He opened the tin and found £26,000 of 75-year-old Walter Morris\'s life savings inside.';
  it('"Walter Morris, 75" is the source\'s 75-year-old Walter Morris', () => {
    expect(verdictOf('The notes belonged to Walter Morris, 75, the court heard.', source, '75')).toBe('supported');
    expect(verdictOf('The notes belonged to Walter Morris, 57, the court heard.', source, '57')).toBe('contradicted');
  });
});
