import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('fact-file age', () => {
  const file = 'Moreno could soon move to Lyon. AGE: 27 CLUBS: Ajax (2008-11) 40 apps, 9 goals';
  it('"AGE: 27" in a player\'s fact file is an age', () => {
    const m = findMentions(file).find((x) => x.text === '27');
    expect(m?.kind).toBe('age');
  });
  it('so "the 27-year-old" is supported by it, and another age is not', () => {
    expect(checkDraft('The 27-year-old could soon join Lyon.', [{ id: 's', text: file }])[0]?.verdict).toBe('supported');
    expect(checkDraft('The 28-year-old could soon join Lyon.', [{ id: 's', text: file }])[0]?.verdict).not.toBe('supported');
  });
  it('a label other than age does not make its figure an age', () => {
    expect(findMentions('GOALS: 27 this season.').find((x) => x.text.startsWith('27'))?.kind).not.toBe('age');
  });
});
