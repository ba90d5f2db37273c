// "Shenwari (56) and Shahzad (47)": a player's bracketed figure is that player's; a swap is caught.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'It was not enough, with Samiullah Hart (56) and Mohammad Lowe (47) helping the Afghans to 171-4 with two overs to spare.' }];
const at = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end) === figure);

describe('bracketedFigures and the figures of a named subject', () => {
  it('the two scores as the source gives them stand', () => {
    expect(at('Hart made 56 as the Afghans won.', '56')?.verdict).toBe('supported');
    expect(at('Lowe made 47 and Samiullah Hart 56 as the Afghans reached 171-4.', '56')?.verdict).toBe('supported');
  });
  it('a swapped pair is contradicted, naming whose figure each is', () => {
    const draft = 'Lowe went on to make 56 and Samiullah Hart 47 as the Afghans reached 171-4.';
    const c = at(draft, '56');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source gives Lowe '47'. Draft: '56'.");
    expect(at(draft, '47')?.verdict).toBe('contradicted');
  });
  it('a figure after "and" and a name in a gapped list is no name with a number; "Channel 4 aired it" still is', () => {
    expect(findMentions('Lowe made 56 and Samiullah Hart 47 as they won.').map((m) => m.code)).toEqual([undefined, undefined]);
    expect(findMentions('It won 3 awards and Channel 4 aired it.').map((m) => m.code)).toEqual([undefined, 'Channel 4']);
    // A product line's name after a rating stays a name: "5/10 Ladival Sun Protection, SPF 30 £19.99".
    expect(findMentions('5/10 Ladival Sun Protection, SPF 30 £19.99 for 150ml spray').some((m) => m.code === 'SPF 30')).toBe(true);
  });
});
