// "76 of the ferry's 118 passengers still unaccounted for": an adverb after a plural noun opens
// the predicate, so the whole counts passengers, not the unaccounted.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Rescuers found 39 survivors, leaving 76 of the ferry’s 118 passengers still unaccounted for.';

describe('predicate adverb after a plural noun', () => {
  it('"118 passengers" is the source\'s whole of passengers', () => {
    expect(verdictOf('The ferry was carrying 118 passengers when it vanished.', source, '118')).toBe('supported');
    expect(verdictOf('The ferry was carrying 128 passengers when it vanished.', source, '128')).toBe('contradicted');
  });
});
