import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('adverbialFirst', () => {
  it('"first" as an adverb is no figure', () => {
    expect(findMentions('Starbucks faced a boycott when it first opened in Italy.')).toEqual([]);
    expect(findMentions('The case was first reported in May.').map((m) => m.kind)).toEqual(['date']);
  });
  it('"first" before a noun ranks it', () => {
    expect(findMentions('It opened its first branch.')).toMatchObject([{ kind: 'ordinal', value: 1 }]);
  });
});
