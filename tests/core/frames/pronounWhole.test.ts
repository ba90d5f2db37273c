// A partitive whose whole is a pronoun ("a third of those now on the benches", "two thirds of
// whom") names no noun of its own, and an acronym's plural ("Tory MPs") is the noun counted.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'According to the website Conservative Home, a third of those now on the Conservative benches would like a fundamental renegotiation, and another third would like Britain to come out altogether.' }];

describe('frameOf: a pronoun as the whole of a share', () => {
  it('"a third of Tory MPs" is supported by "a third of those now on the Conservative benches"', () => {
    const c = checkDraft('Conservative Home reckons a third of Tory MPs want a fundamental renegotiation.', source).find((x) => x.text === 'a third');
    expect(c?.verdict).toBe('supported');
  });
  it('but not "half of Tory MPs"', () => {
    const c = checkDraft('Conservative Home reckons half of Tory MPs want a fundamental renegotiation.', source).find((x) => x.text === 'half');
    expect(c?.verdict).not.toBe('supported');
  });
});
