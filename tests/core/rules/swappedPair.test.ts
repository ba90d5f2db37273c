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

describe('swappedPair: names further back in the clause', () => {
  const source = [{ id: 's', text: '- The Rye Fire (Los Angeles County) had burned 6,049 acres and was 93 percent contained Sunday evening.\n- The Creek Fire (Los Angeles County) had burned 15,619 acres and was 95 percent contained Sunday evening.' }];
  const percents = (draft: string) => checkDraft(draft, source).filter((c) => c.kind === 'percent').map((c) => c.verdict);
  it('"the Creek Fire … was 93 percent contained, while the Rye Fire … was 95 percent" swaps the two fires\' figures', () => {
    expect(percents('In Los Angeles County, the Creek Fire had burned 15,619 acres and was 93 percent contained, while the Rye Fire, at 6,049 acres, was 95 percent contained.')).toEqual(['contradicted', 'contradicted']);
  });
  it('each fire with its own figure stands', () => {
    expect(percents('In Los Angeles County, the Creek Fire had burned 15,619 acres and was 95 percent contained, while the Rye Fire, at 6,049 acres, was 93 percent contained.')).toEqual(['supported', 'supported']);
  });
  it('no swap where the source names no one for one of the figures ("It won 67 seats")', () => {
    const seats = [{ id: 's', text: 'Labour are up by 108 seats and gained 11 councils while losing six. It won 67 seats and took control of one new council. Plaid Cymru lost six seats but won control over three new councils.' }];
    const claims = checkDraft('In Wales, Labour won 67 seats and took control of two new councils, while Plaid Cymru lost six seats.', seats);
    expect(claims.find((c) => c.text.includes('67'))?.verdict).toBe('supported');
  });
  it('no swap told by the months a change runs between', () => {
    const prices = [{ id: 's', text: 'Consumer prices rose 0.6% between February and March. In February prices rose 0.3%.' }];
    expect(checkDraft('Consumer prices rose 0.6% between February and March, twice the 0.3% increase recorded in February.', prices).map((c) => c.verdict)).not.toContain('contradicted');
  });
});

describe('swappedPair and the place beside a figure', () => {
  const source = [{ id: 's', text: 'Last month, the UK’s highest ever temperature was officially recorded in Cambridge at 38.7℃ drawing concern from environmental experts. It beat the previous UK record of 38.5℃, set in Kent in 2003.' }];
  it('keeps the pairing a place beside each figure confirms: "38.7C in Cambridge … the 38.5C recorded in Kent"', () => {
    const claims = checkDraft('The heat followed last month\'s new UK record of 38.7C in Cambridge, which beat the 38.5C recorded in Kent in 2003.', source);
    expect(claims.find((c) => c.text === '38.7C')?.verdict).toBe('supported');
    expect(claims.find((c) => c.text === '38.5C')?.verdict).toBe('supported');
  });
});

describe('swappedPair: figures of two kinds', () => {
  it('a race time and the margin it beat the record by are not a swapped pair', () => {
    const source = [{ id: 's', text: "In winning the men's race, Moses Mosop broke the tape in 2:05:37, breaking Sammy Wanjiru's 2009 course record by 4 seconds." }];
    const claims = checkDraft('Moses Mosop won the Chicago Marathon on Sunday in a course record of 2:05:37, taking four seconds off the mark Sammy Wanjiru set in 2009.', source);
    expect(claims.find((c) => c.text === '2:05:37')?.verdict).toBe('supported');
    expect(claims.find((c) => c.text.startsWith('four'))?.verdict).toBe('supported');
  });
});

describe('swappedPair: by the noun, where the words around are alike', () => {
  const CRASH = 'The driver, conductor and a passenger were killed and six people were hospitalised with minor injuries, while four firefighters were hurt battling the ensuing fire.';
  it('"Four people … and six firefighters" for the source\'s six people and four firefighters', () => {
    expect(verdicts('Four people were taken to hospital with minor injuries, and six firefighters were hurt tackling the fire.', CRASH))
      .toEqual([['Four', 'contradicted'], ['six', 'contradicted']]);
    expect(verdicts('Six people were taken to hospital with minor injuries, and four firefighters were hurt tackling the fire.', CRASH))
      .toEqual([['Six', 'supported'], ['four', 'supported']]);
  });
  it('a pair the source states in exactly those terms on lines of its own, each line opening on its name', () => {
    const LINES = 'QV published its index on Monday.\n\n• Hamilton values now $518,387, up 29.3% year on year\n\n• Tauranga values now $557,640, up 26.3% year on year';
    expect(verdicts('Hamilton values now average $518,387, up 26.3 per cent in a year, while Tauranga\'s stand at $557,640, up 29.3 per cent.', LINES)
      .filter(([t]) => t?.includes('per cent'))).toEqual([['26.3 per cent', 'contradicted'], ['29.3 per cent', 'contradicted']]);
    expect(verdicts('Hamilton values now average $518,387, up 29.3 per cent in a year, while Tauranga\'s stand at $557,640, up 26.3 per cent.', LINES)
      .filter(([t]) => t?.includes('per cent'))).toEqual([['29.3 per cent', 'supported'], ['26.3 per cent', 'supported']]);
  });
});
