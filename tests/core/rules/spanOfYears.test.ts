import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Ms Okafor presented Harbour Lights, the ITV quiz which ran between 2001 and 2009, before moving to radio.' }];
const verdict = (draft: string, src = source) => checkDraft(draft, src).find((c) => c.kind === 'duration')?.verdict;

describe('spanOfYears: a number of years the source gives as a span from one year to another', () => {
  it('"for eight years" is derived from "between 2001 and 2009"', () => {
    const c = checkDraft('Ms Okafor presented the ITV quiz Harbour Lights for eight years.', source).find((m) => m.kind === 'duration');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'between 2001 and 2009' is 8 years");
  });
  it('not another length', () => {
    expect(verdict('Ms Okafor presented the ITV quiz Harbour Lights for ten years.')).not.toBe('supported');
  });
  it('a range of a count is no span of years: "between 1500 and 2000 people"', () => {
    const crowd = [{ id: 's', text: 'Between 1500 and 2000 people attended the Harbour Lights quiz final on ITV.' }];
    expect(verdict('The Harbour Lights quiz on ITV ran for 500 years.', crowd)).not.toBe('supported');
  });
});
