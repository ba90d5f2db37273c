import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('shirtNumbers', () => {
  it('a shirt number before a player\'s name is part of his name, no figure', () => {
    expect(findMentions('Tries from No.8 Billy Vunipola and wing Chris Wyles.').map((m) => m.text)).toEqual([]);
    expect(findMentions('Tries from number eight Sam Simmonds sealed it.').map((m) => m.text)).toEqual([]);
    expect(findMentions('The No 10 Owen Farrell kicked well.').map((m) => m.text)).toEqual([]);
    const source = [{ id: 's', text: 'First-half tries by No.8 Billy Vunipola and wing Chris Wyles put Saracens ahead.' }];
    expect(checkDraft('Tries from number eight Billy Vunipola and wing Chris Wyles put Saracens ahead.', source).map((c) => c.text)).not.toContain('number eight');
  });
  it('not a ranking, a seed, a spot or a count before a plural', () => {
    expect(findMentions('World No 1 Novak Djokovic won.').map((m) => m.kind)).toEqual(['ordinal']);
    expect(findMentions('The No 3 seed lost.').map((m) => m.kind)).toEqual(['ordinal']);
    expect(findMentions('He regained the No. 1 spot.').map((m) => m.kind)).toEqual(['ordinal']);
    expect(findMentions('They picked number eight players from Leeds.').map((m) => m.value)).toEqual([8]);
  });
});
