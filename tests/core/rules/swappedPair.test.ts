// Two figures of one sentence given each other's values.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdicts = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]);

describe('swappedPair', () => {
  it('by the words around them: "runs 219 theatres … build a further 239" for the source\'s 239 and 219', () => {
    const source = 'March figures indicate Imax has 239 theatres in China, Hong Kong and Taiwan, but the company says it is planning to build another 219 theatres in China.';
    expect(verdicts('Figures from March show it runs 219 theatres across China, Hong Kong and Taiwan, and it plans to build a further 239 in mainland China.', source))
      .toEqual([['219', 'contradicted'], ['239', 'contradicted']]);
    expect(verdicts('Figures from March show it runs 239 theatres across China, Hong Kong and Taiwan, and it plans to build a further 219 in mainland China.', source))
      .toEqual([['239', 'supported'], ['219', 'supported']]);
  });
  it('by the names before them: "Justin Sun received $43m, Amber Group $138m"', () => {
    const source = 'Beneficiaries include Tron founder Justin Sun, who received $138 million, and trading outfit Amber Group, which received $43 million.';
    const c = checkDraft('Tron founder Justin Sun received $43m, Amber Group $138m.', [{ id: 's', text: source }]);
    expect(c.map((x) => x.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(c[0]?.explanation).toBe("Source: '$138 million'. Draft: '$43m' here and '$138m' for the source's '$43 million': the two figures are swapped.");
    expect(verdicts('Tron founder Justin Sun received $138m, Amber Group $43m.', source)).toEqual([['$138m', 'supported'], ['$43m', 'supported']]);
  });
});

describe('swappedPair: a part and its whole', () => {
  it('"one of three suspects" is no pair of figures swapped', () => {
    const source = 'Little is known of the thieves beyond two sketches of men in police hats - one with glasses and one without. The FBI identified three persons of interest in the case: Ames, Brook and Carter.';
    expect(verdicts('Carter was one of three persons of interest with ties to organised crime.', source).find(([t]) => t === 'three')?.[1]).toBe('supported');
  });
});
