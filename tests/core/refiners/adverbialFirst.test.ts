import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('adverbialFirst', () => {
  it('"first" as an adverb is no figure', () => {
    expect(findMentions('Starbucks faced a boycott when it first opened in Italy.')).toEqual([]);
    expect(findMentions('The case was first reported in May.').map((m) => m.kind)).toEqual(['date']);
  });
  it('"first" before a noun ranks it', () => {
    expect(findMentions('It opened its first branch.')).toMatchObject([{ kind: 'ordinal', value: 1 }]);
  });
});

describe('adverbialFirst: a place after a copula', () => {
  it('"the Warriors are first and the Blues are 10th" ranks the Warriors', () => {
    expect(findMentions('The Warriors are first and the Blues are 10th in the table.').map((m) => m.text)).toEqual(['first', '10th']);
    expect(findMentions('The fault was first reported in May.').map((m) => m.text)).not.toContain('first');
    const source = [{ id: 's', text: 'Despite the fact that the Warriors are first and the Blues are 10th in the table, he expects a hard game.' }];
    expect(checkDraft('Although the Warriors sit first, he expects a hard game.', source)[0]?.verdict).toBe('supported');
  });
});
