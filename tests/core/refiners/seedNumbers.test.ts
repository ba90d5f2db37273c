import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: "Australia's Nick Kyrgios is in the same half of the draw. The number 15 seed came from two sets to one down to beat Germany's Dustin Brown." }];
const seed = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('seedNumbers', () => {
  it('reads "the number 15 seed" and "the No 3 seed" as ranks', () => {
    expect(findMentions('The number 15 seed won. The No 3 seed lost.').map((m) => m.kind)).toEqual(['ordinal', 'ordinal']);
    expect(findMentions('The number of seeds fell to 15.').map((m) => m.kind)).toEqual(['count']);
  });
  it('so "15th seed Nick Kyrgios" is supported and "16th seed" is not', () => {
    expect(seed("Elsewhere, 15th seed Nick Kyrgios came from two sets to one down to beat Germany's Dustin Brown.")).toBe('supported');
    expect(seed("Elsewhere, 16th seed Nick Kyrgios came from two sets to one down to beat Germany's Dustin Brown.")).not.toBe('supported');
  });
});

describe('seedNumbers: a world ranking', () => {
  it('"the world No 2", "world number one", "ranked No 3" are ranks; "Number 10 Downing Street" is not', () => {
    expect(findMentions('The world No 2 set the tone. He is the world number one. He was ranked No 3.').map((m) => [m.kind, m.value])).toEqual([['ordinal', 2], ['ordinal', 1], ['ordinal', 3]]);
    expect(findMentions('They met at Number 10 Downing Street.').map((m) => m.kind)).not.toContain('ordinal');
    const source = [{ id: 's', text: 'Rafael Nadal demolished world No. 1 Novak Djokovic 6-0 6-2 7-5 in the French Open final.' }];
    expect(checkDraft('Nadal beat the world No 1, Novak Djokovic, 6-0 6-2 7-5. The world No 2 set the tone from the start.', source).map((c) => [c.text, c.verdict]).filter(([t]) => t === '2')).toEqual([['2', 'unsupported']]);
  });
});

describe('seedNumbers: a ranking\'s place ranks the ranking', () => {
  it('"The world number one beat Ding" is the source\'s "World No1 Mark Selby", and "the former world No 1" is Woods\'s', () => {
    const selby = [{ id: 's', text: 'World No1 Mark Selby toasted the finest sporting hour in Leicester\'s history after he beat Ding 18-14.' }];
    expect(checkDraft('The world number one beat China\'s Ding Junhui 18-14.', selby).find((c) => c.text === 'one')?.verdict).toBe('supported');
    const woods = [{ id: 's', text: 'A fatigued former world No. 1 Tiger Woods was beaten 2 and 1 by Jon Rahm to lose all his four matches.' }];
    expect(checkDraft('Tiger Woods, the former world No 1, fared no better.', woods).find((c) => c.text === 'No 1' || c.text === '1')?.verdict).toBe('supported');
    expect(checkDraft('Tiger Woods, the former world No 3, fared no better.', woods).find((c) => /3/.test(c.text))?.verdict).not.toBe('supported');
  });
});

describe('seedNumbers: a ranking as a compound adjective', () => {
  it('"No 2-ranked England" is a place in a ranking, the draft\'s "second-ranked side"; a count of two is not', () => {
    expect(findMentions('Scotland beat No 2-ranked England at Murrayfield.').map((m) => [m.kind, m.value])).toEqual([['ordinal', 2]]);
    expect(findMentions('Scotland beat No 2 England at Murrayfield.').map((m) => m.kind)).not.toContain('ordinal');
    const source = [{ id: 's', text: 'Scotland beat No 2-ranked England at Murrayfield on Saturday.' }];
    expect(checkDraft("It was Scotland's win over the world's second-ranked side.", source).find((c) => c.text === 'second')?.verdict).toBe('supported');
    expect(checkDraft("It was Scotland's win over the world's third-ranked side.", source).find((c) => c.text === 'third')?.verdict).not.toBe('supported');
  });
});
