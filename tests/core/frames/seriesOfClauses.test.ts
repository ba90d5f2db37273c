// "three have been sentenced, six are awaiting sentencing, one faces a retrial": in a series of
// clauses each with its figure for subject, the words before a comma are the earlier figure's,
// and after "one" a word in "-s" is its verb.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Three have been sentenced, and five are awaiting sentencing. One has a pending retrial, and another is a fugitive.';
const draft = 'Of the others charged, three have been sentenced, six are awaiting sentencing, one faces a retrial and another is a fugitive.';

describe('a series of clauses with figures for subjects', () => {
  it('"one faces a retrial" is the source\'s one with a pending retrial, not its five awaiting sentence', () => {
    expect(verdictOf(draft, source, 'one')).toBe('supported');
    expect(verdictOf(draft, source, 'six')).toBe('contradicted');
  });
});
