import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SERIES = 'Only two batsmen passed 50 in the first two Tests of the four-match series. England lost the first Test by 75 runs.';

describe('ordinalInFirstFew', () => {
  it('the first two Tests include the second Test', () => {
    const [c] = checkDraft('England collapsed on day one of the second Test.', [{ id: 's', text: SERIES }])
      .filter((x) => x.text === 'second');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'first two Tests'");
  });
  it('but not the third', () => {
    const [c] = checkDraft('England collapsed on day one of the third Test.', [{ id: 's', text: SERIES }])
      .filter((x) => x.text === 'third');
    expect(c?.verdict).not.toBe('supported');
  });
  it('a run of another noun says nothing of this one', () => {
    const [c] = checkDraft('She won the second round.', [{ id: 's', text: 'She dropped a set in the first two matches.' }])
      .filter((x) => x.text === 'second');
    expect(c?.verdict).not.toBe('supported');
  });
});
