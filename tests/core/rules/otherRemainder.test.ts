import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Of the 40 climbers on the ridge, six were airlifted to hospital by the coastguard.' }];
const claim = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('otherRemainder', () => {
  it('"the other N" is the whole less the part the sentence gives', () => {
    const c = claim('Six of the 40 climbers were airlifted and the other 34 walked down.', '34');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: 40 less six leaves 34. Draft: 'the other 34'.");
    expect(claim('Of 40 climbers, six were airlifted; the remaining 34 walked down.', '34')?.verdict).toBe('supported');
  });
  it('a wrong remainder, or one from figures no source states, is not derived', () => {
    expect(claim('Six of the 40 climbers were airlifted and the other 36 walked down.', '36')?.verdict).not.toBe('supported');
    expect(claim('Seven of the 41 climbers were airlifted and the other 34 walked down.', '34')?.verdict).not.toBe('supported');
  });
});

describe('otherRemainder after a maximum', () => {
  const league = [{ id: 's', text: 'The champions collected 52 points from a possible 60 this season.' }];
  const at = (draft: string, figure: string) => checkDraft(draft, league).find((c) => c.text.includes(figure));
  it('"52 of a possible 60 points, dropping only eight": the maximum less the part', () => {
    const c = at('They took 52 of a possible 60 points, dropping only eight.', 'eight');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: 60 less 52 leaves 8. Draft: 'eight'.");
  });
  it('another figure, or a whole that is no maximum, is not derived', () => {
    expect(at('They took 52 of a possible 60 points, dropping only ten.', 'ten')?.verdict).not.toBe('supported');
    expect(at('They took 52 points in 60 days and lost eight games.', 'eight')?.verdict).not.toBe('supported');
  });
});

describe('otherRemainder of "one of N"', () => {
  const museum = [{ id: 's', text: 'The statue was one of 45 pieces the gallery bought from the dealer, and none of the others is thought to be stolen.' }];
  const at = (draft: string, figure: string) => checkDraft(draft, museum).find((c) => c.text.includes(figure));
  it('"bought 45 pieces; the other 44": the story\'s one is left out of the whole', () => {
    const c = at('The gallery bought 45 pieces from the dealer; none of the other 44 is thought to be stolen.', '44');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: one of 45 leaves 44 others. Draft: 'the other 44'.");
  });
  it('another remainder, or a whole no source tells as "one of", is not derived', () => {
    expect(at('The gallery bought 45 pieces from the dealer; none of the other 43 is thought to be stolen.', '43')?.verdict).not.toBe('supported');
    const plain = [{ id: 's', text: 'The gallery bought 45 pieces from the dealer.' }];
    expect(checkDraft('The gallery bought 45 pieces; none of the other 44 is thought to be stolen.', plain).find((c) => c.text.includes('44'))?.verdict).not.toBe('supported');
  });
});

describe('otherRemainder after "leaving"', () => {
  const raids = [{ id: 's', text: 'The gang struck at 30 shops between May and September. The three men jailed yesterday confessed to being involved in only nine of those raids.' }];
  it('"…, leaving N" is the rest of a whole the draft told in an earlier sentence', () => {
    const claims = checkDraft('During the spree the gang struck 30 times.\n\nThe three men jailed admitted only nine of the raids, leaving 21 that were not part of their admissions.', raids);
    const c = claims.find((k) => k.text.startsWith('21'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('leaves 21');
  });
  it('a wrong rest is not derived', () => {
    const claims = checkDraft('During the spree the gang struck 30 times.\n\nThe three men jailed admitted only nine of the raids, leaving 19 that were not part of their admissions.', raids);
    expect(claims.find((k) => k.text.startsWith('19'))?.verdict).not.toBe('supported');
  });
});

describe('otherRemainder with hedges', () => {
  it('"About 1,400 … leaving some 3,600" of 5,000: the hedged part is the source\'s, the rest worked out', () => {
    const source = [{ id: 's', text: 'The company said it will cut 5,000 jobs. About 1,400 positions were eliminated today.' }];
    const claims = checkDraft('The company is to cut 5,000 jobs. About 1,400 positions are going straight away, leaving some 3,600 further cuts.', source);
    expect(claims.find((c) => c.text.includes('3,600'))?.verdict).toBe('supported');
    const wrong = checkDraft('The company is to cut 5,000 jobs. About 1,400 positions are going straight away, leaving some 3,900 further cuts.', source);
    expect(wrong.find((c) => c.text.includes('3,900'))?.verdict).not.toBe('supported');
  });
});

describe('otherRemainder told as everywhere else', () => {
  const stores = [{ id: 's', text: 'About 3,400 staff work for the chain, including 1,100 in Scotland.' }];
  const claimOf = (draft: string, figure: string) => checkDraft(draft, stores).find((c) => c.text.includes(figure));
  it('"N elsewhere" after a part is the whole less the part', () => {
    const c = claimOf('Some 3,400 people work for the chain - 1,100 in Scotland and 2,300 elsewhere.', '2,300');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('less');
  });
  it('not when the rest is wrong', () => {
    expect(claimOf('Some 3,400 people work for the chain - 1,100 in Scotland and 2,500 elsewhere.', '2,500')?.verdict).not.toBe('supported');
  });
});
