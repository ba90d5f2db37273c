import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// The amount a share the draft gives comes to, worked from a whole the draft gave before.
describe('amountOfOwnShare', () => {
  const source = [{ id: 's', text: 'He was sentenced to 90 years in prison. He must serve 85% of the term before parole.' }];
  const claim = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text);
  it('"85% of the term, or more than 76 years" after "90 years" is derived', () => {
    const c = claim('He was jailed for 90 years and must serve 85% of the term, or more than 76 years, before parole.', 'more than 76 years');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("the draft's own '85%' of its '90 years'");
  });
  it('a wrong amount is not', () => {
    expect(claim('He was jailed for 90 years and must serve 85% of the term, or more than 80 years, before parole.', 'more than 80 years')?.verdict).not.toBe('supported');
  });
  it('works with money told sentences after the whole', () => {
    const src = [{ id: 's', text: 'The film opened with $174.8M. IMAX screens produced 19% of the gross.' }];
    const c = checkDraft('The film opened with $174.8m. It played at 4,210 locations. IMAX screens produced 19% of the gross, about $33m.', src).find((x) => x.text === 'about $33m');
    expect(c?.verdict).toBe('supported');
  });
});
