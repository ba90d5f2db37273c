// "ended matters in the sixth": a rank whose noun is left out meets a source rank that names it
// ("In the sixth-round southpaw Martin landed an overhand left to Washington's jaw") where the two
// sentences tell the same moment in the same words, though the phrase around the rank differs.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Charles Martin gave his title ambitions a boost with a sixth-round knockout of Gerald Washington on Saturday night. In the sixth-round southpaw Martin landed an overhand left to Washington\'s jaw to send him to the canvas.' }];
const verdict = (draft: string) => checkDraft(draft, source)[0]?.verdict;

describe('an elided rank told in the same words', () => {
  it('"ended matters in the sixth with an overhand left" is the source\'s sixth round', () => {
    expect(verdict('The southpaw ended matters in the sixth with an overhand left to the jaw that sent Washington to the canvas.')).toBe('supported');
  });
  it('but "in the fifth" is not', () => {
    expect(verdict('The southpaw ended matters in the fifth with an overhand left to the jaw that sent Washington to the canvas.')).not.toBe('supported');
  });
  it('and a bare "sixth" in a sentence of other words does not meet it', () => {
    expect(checkDraft('Martin is now sixth in the rankings.', source)[0]?.verdict).not.toBe('supported');
  });
  it('and the other way: "the airport\'s third crash in recent months" for "the third at the airport in recent months"', () => {
    const crash = [{ id: 's', text: "Thursday's crash was the third at the airport in recent months, officials said." }];
    expect(checkDraft("It was the airport's third crash in recent months.", crash)[0]?.verdict).toBe('supported');
    expect(checkDraft("It was the airport's fourth crash in recent months.", crash)[0]?.verdict).not.toBe('supported');
  });
});

