// A total the draft adds up from its own counts in the sentence, worded as a total.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The club says 65 members of staff, plus 110 players, have been kept away from the ground for a month.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('totalOfOwnParts', () => {
  it('"65 staff and 110 players …, some 175 people in all" is the draft\'s own sum', () => {
    const c = on('The club kept 65 staff and 110 players away from the ground, some 175 people in all.', '175');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '65' + '110' = 175. Draft: 'some 175'.");
    expect(c?.basis).toBe('draft');
  });
  it('a wrong total, one a hedge stretches to fit, or one not worded as a total, is not derived', () => {
    expect(on('The club kept 65 staff and 110 players away from the ground, some 185 people in all.', '185')?.verdict).not.toBe('supported');
    expect(on('The club kept 65 staff and 110 players away, about 200 people in all.', '200')?.verdict).not.toBe('supported');
    expect(on('The club kept 65 staff and 110 players away from 175 sites.', '175')?.verdict).not.toBe('supported');
  });
  it('reads a cue before the figure, and adds lower bounds up to a lower bound', () => {
    expect(on('The club kept 65 staff and 110 players away, a combined 175 people.', '175')?.verdict).toBe('supported');
    const draft = 'Rooney will play. His page has more than 25 million fans and the club has more than 70 million, a combined following of more than 95 million.';
    const c = checkDraft(draft, source).find((x) => x.text.includes('95'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own 'more than 25 million' + 'more than 70 million' = 95,000,000. Draft: 'more than 95 million'.");
    // "nearly 70 million" cannot be added into a bound: the total is left unexplained.
    const nearly = 'Rooney will play. His page has more than 25 million fans and the club has nearly 70 million, a combined following of more than 95 million.';
    expect(checkDraft(nearly, source).find((x) => x.text.includes('95'))?.verdict).not.toBe('supported');
  });
  it('adds amounts in one currency, after a verb of totalling ("came to", "totalled")', () => {
    const cash = [{ id: 's', text: 'Sun received $138 million and Amber Group $43 million.' }];
    const total = (draft: string) => checkDraft(draft, cash).find((x) => x.text.includes('180') || x.text.includes('250'))?.verdict;
    expect(total('Sun received $138 million and Amber Group $43 million; the payments came to about $180 million.')).toBe('supported');
    expect(total('Sun received $138 million and Amber Group $43 million, which totalled about $180 million.')).toBe('supported');
    expect(total('Sun received $138 million and Amber Group $43 million; the payments came to about $250 million.')).not.toBe('supported');
    // No cue, no sum: digits that happen to add up say nothing.
    expect(total('Sun received $138 million and Amber Group $43 million; the firm is worth about $180 million.')).not.toBe('supported');
  });
});

describe('totalOfOwnParts: "for a total of 157"', () => {
  const source = [{ id: 's', text: 'Neil carded rounds of 78 and 79 to miss the cut.' }];
  it('adds the draft\'s own rounds', () => {
    expect(checkDraft('Neil posted rounds of 78 and 79 for a total of 157.', source).find((c) => c.text.includes('157'))?.verdict).toBe('supported');
    expect(checkDraft('Neil posted rounds of 78 and 79 for a total of 155.', source).find((c) => c.text.includes('155'))?.verdict).not.toBe('supported');
  });
  it('a thing listed with "a" is one more: "a lifeboat and two life rafts, three survival craft in all"', () => {
    const ship = [{ id: 's', text: 'The crew left in a lifeboat and two life rafts. The cargo was six cars and one truck.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, ship).find((c) => c.text === figure);
    expect(on('They left in a lifeboat and two life rafts, three survival craft in all.', 'three')?.explanation).toBe("Derived: the draft's own 'a lifeboat' + 'two' = 3. Draft: 'three'.");
    expect(on('Its cargo included six cars and a truck, seven vehicles in all.', 'seven')?.verdict).toBe('supported');
    expect(on('They left in a lifeboat and two life rafts, four survival craft in all.', 'four')?.verdict).not.toBe('supported');
  });
});

describe('totalOfOwnParts from the sentence before', () => {
  const source = [{ id: 's', text: 'Orange County has reported 22 measles cases and Los Angeles County 10 cases this year.' }];
  it('"Together the two counties account for 32 cases" adds the last two figures of the sentence before', () => {
    const claims = checkDraft('Orange County has been hit hardest, with 22, nearly three times as many as Los Angeles County, with 10. Together the two counties account for 32 cases.', source);
    const c = claims.find((k) => k.text.startsWith('32'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'22' + '10' = 32");
  });
  it('a wrong total, or a count of parts the sentence before does not give, is no sum', () => {
    expect(checkDraft('Orange County has 22 cases and Los Angeles County 10. Together the two counties account for 34 cases.', source).find((k) => k.text.startsWith('34'))?.verdict).not.toBe('supported');
    expect(checkDraft('Orange County has 22 cases and Los Angeles County 10. Together the three counties account for 32 cases.', source).find((k) => k.text.startsWith('32'))?.verdict).not.toBe('supported');
  });
});

describe('totalOfOwnParts broken down after the total', () => {
  const source = [{ id: 's', text: 'Lightning set fire to the roofs of two homes in Cranebrook and one in Earlwood. It also sparked four bushfires.' }];
  it('"three homes in Sydney, two of them in Cranebrook and one at Earlwood, and sparked four bushfires"', () => {
    const c = checkDraft('Lightning also set fire to the roofs of three homes in Sydney, two of them in Cranebrook and one at Earlwood, and sparked four bushfires.', source).find((k) => k.text === 'three');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'two' + 'one' = 3");
  });
  it('a total its breakdown does not reach is no sum', () => {
    expect(checkDraft('Lightning also set fire to the roofs of five homes in Sydney, two of them in Cranebrook and one at Earlwood.', source).find((k) => k.text === 'five')?.verdict).not.toBe('supported');
  });
});

describe('totalOfOwnParts broken down in apposition', () => {
  const source = [{ id: 's', text: 'Mr Justice Paul Carney told the six men six women panel to consider each sister separately.' }];
  it('"the 12 jurors, six men and six women" is the sum of its breakdown', () => {
    const c = checkDraft('Judge Paul Carney told the 12 jurors, six men and six women, to consider the charge again.', source).find((k) => k.text === '12');
    expect(c?.verdict).toBe('supported');
    expect(checkDraft('Judge Paul Carney told the 11 jurors, six men and six women, to consider the charge again.', source).find((k) => k.text === '11')?.verdict).not.toBe('supported');
  });
});
