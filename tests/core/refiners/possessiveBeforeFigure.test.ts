// A possessive before a number owns the figure; it does not make it part of a name.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('possessives are not names', () => {
  it('"Holloway\'s 99,654" is a count, while "Channel 5" stays a name', () => {
    const ms = findMentions('Lee took 5,210 votes to Holloway\'s 4,980 on Channel 5.');
    expect(ms.map((m) => [m.text, m.code === undefined])).toEqual([['5,210', true], ['4,980', true], ['Channel 5', false]]);
  });
});
