// "Goals: Nainggolan (13), Vokes (86)": a scorer's bracketed figure in a fact box is the goal's
// minute, which a report writes "a 13th-minute lead" or "in the 86th minute".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Radja Nainggolan gave Belgium a 13th-minute lead with a piledriver. Ashley Williams equalised in the 31st minute, and Sam Vokes sealed the game in the 86th minute.' }];

describe('scorersMinutes', () => {
  it('reads bracketed figures on a line of scorers as minutes, and a brace as goals', () => {
    expect(findMentions('Key facts:\n- Goals: Nainggolan (13), Williams (31), Vokes (86)').map((m) => [m.kind, m.value])).toEqual([['ordinal', 13], ['ordinal', 31], ['ordinal', 86]]);
    expect(findMentions('Key facts:\n- Scorers: Benzema, Bale (2); Mane').map((m) => m.kind)).toEqual(['count']);
    expect(findMentions('Key facts:\n- Venue: Lille (45,000)').map((m) => m.kind)).toEqual(['count']);
  });
  it('checks each minute against the report\'s', () => {
    const claims = checkDraft('Wales beat Belgium.\n\nKey facts:\n- Goals: Nainggolan (13), Williams (31), Vokes (68)', source);
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['13', 'supported'], ['31', 'supported'], ['68', 'unsupported']]);
  });
});
