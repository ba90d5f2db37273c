import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// A fact list's labelled lines ("• Valley fire: …; 75-percent contained") name every figure on
// the line, and a draft sentence opening on "The Valley fire" tells its figures of it: a figure
// moved onto the neighbouring line's name is caught.
const source = [{ id: 's', text: 'Three large fires are burning.\n• Valley fire: 75,781 acres burned; 1,050 structures destroyed; 75-percent contained; 3 killed\n• Butte fire: 70,760 acres burned; 545 homes destroyed; 74-percent contained; 2 killed' }];

describe('fact list lines', () => {
  it('read American copy\'s hyphened percent and "kmph"', () => {
    expect(findMentions('68-percent contained').map((m) => [m.kind, m.value])).toEqual([['percent', 68]]);
    expect(findMentions('barrelling down at 108kmph').map((m) => [m.kind, m.unit])).toEqual([['quantity', 'km/h']]);
  });
  it('a figure told of its own line\'s name is supported', () => {
    expect(checkDraft('The Valley fire has scorched 75,781 acres and is 75% contained.', source).find((c) => c.text === '75%')?.verdict).toBe('supported');
  });
  it('a figure moved onto the neighbouring line\'s name is contradicted', () => {
    const c = checkDraft('The Valley fire has scorched 75,781 acres and is 74% contained.', source).find((x) => x.text === '74%');
    expect(c?.verdict).toBe('contradicted');
  });
});
