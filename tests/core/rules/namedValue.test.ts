// A figure told of the same name outranks a better-framed one told of another: "Philip Anthony
// finished second with 1,569 votes" is the source's "Philip Anthony received 1,569", not its
// "David Sprawls received 848 votes".
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'In unofficial voting totals, with 100% of precincts reporting, Brianna Chacon won the mayoral seat with 1,902 votes (44.04%), Philip Anthony received 1,569 (36.33%) and David Sprawls received 848 votes (19.63%) in the Princeton mayoral race.';

describe('namedValue', () => {
  it('the value told right after the same name supports the draft\'s', () => {
    expect(verdictOf('Philip Anthony finished second with 1,569 votes (36.33%) and David Sprawls third with 848 (19.63%).', source, '1,569')).toBe('supported');
  });
  it('not the value told of another name', () => {
    expect(verdictOf('David Sprawls finished third with 1,569 votes.', source, '1,569')).toBe('contradicted');
  });
});
