import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Raducanu reached the quarter-finals with a 6-2 7-5 win over Sakkari, and Boulter won 6-3 6-4.' }];
const verdicts = (draft: string): string[] => checkDraft(draft, source).filter((c) => /^\d-\d$/.test(c.text)).map((c) => c.verdict);

describe('setOrder', () => {
  it('the same sets in another order are another match', () => {
    const claims = checkDraft('Raducanu beat Sakkari 7-5 6-2.', source);
    expect(claims.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(claims[0]?.explanation).toContain("'6-2 7-5'");
  });
  it('the sets in the source\'s order stand', () => {
    expect(verdicts('Raducanu beat Sakkari 6-2 7-5.')).toEqual(['supported', 'supported']);
  });
  it('a single set is not a score line', () => {
    expect(verdicts('Raducanu took the first set 6-2.')).toEqual(['supported']);
  });
  it('a line with commas between its sets, told in the source\'s order, is stated set by set', () => {
    const src = [{ id: 's', text: 'Barty finished off her run with a one-sided 6-1, 6-3 triumph over Vondrousova.' }];
    const claims = checkDraft('Barty thrashed Vondrousova 6-1, 6-3 in the final.', src);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(claims[0]?.explanation).toBe("Source: '6-1, 6-3', the same sets in the same order. Draft: '6-1, 6-3'.");
    expect(checkDraft('Barty thrashed Vondrousova 6-3, 6-1 in the final.', src).map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
  });
});

describe('setOrder: sets written with no space after the comma', () => {
  it('"6-3,7-5" is two set scores, not the number 3,7', () => {
    const src = [{ id: 's', text: 'After a 6-3,7-5 victory over Madison Keys in the quarterfinal, Barty reached the semis.' }];
    expect(checkDraft('She then beat Madison Keys 6-3, 7-5 in the quarterfinal.', src).map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(checkDraft('She then beat Madison Keys 6-3, 7-6 in the quarterfinal.', src).find((c) => c.text.includes('7-6'))?.verdict).not.toBe('supported');
  });
});
