import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Okafor, the double world heavyweight champion, retired in 2019.' }];
const claim = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('titleMultiples', () => {
  it('"double" before a title is a count of two', () => {
    expect(findMentions('the double world heavyweight champion').map((m) => [m.text, m.value])).toEqual([['double', 2]]);
    expect(findMentions('a treble Olympic winner').map((m) => [m.text, m.value])).toEqual([['treble', 3]]);
  });
  it('not before other nouns: "a double murder", "triple the cost"', () => {
    expect(findMentions('He was charged with a double murder.')).toEqual([]);
    expect(findMentions('Prices could triple the cost of a ticket.')).toEqual([]);
  });
  it('"a two-time world heavyweight champion" restates it; "three-time" contradicts it', () => {
    expect(claim('Okafor, a two-time world heavyweight champion, retired.', 'two')?.verdict).toBe('supported');
    expect(claim('Okafor, a three-time world heavyweight champion, retired.', 'three')?.verdict).toBe('contradicted');
  });
});
