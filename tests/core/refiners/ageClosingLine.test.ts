// A fact box's line that closes on a name's age: "- Victim: Raymond Burke, 63".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const SOURCE = [{ id: 's', text: 'Raymond Burke, a 63-year-old grandfather, died at the scene. The driver was jailed for seven years.' }];

describe('an appositive age at the end of a line', () => {
  it('is an age, as one before a comma is', () => {
    const draft = 'Key facts:\n- Victim: Raymond Burke, 63\n- Sentence: seven years';
    const ages = findMentions(draft).filter((m) => m.kind === 'age').map((m) => draft.slice(m.start, m.end));
    expect(ages).toEqual(['63']);
    expect(checkDraft(draft, SOURCE).find((c) => c.text === '63')?.verdict).toBe('supported');
  });
  it('a wrong age there is still flagged', () => {
    expect(checkDraft('Key facts:\n- Victim: Raymond Burke, 64\n- Sentence: seven years', SOURCE).find((c) => c.text === '64')?.verdict).not.toBe('supported');
  });
});

describe('a bare number after a person\'s role in a fact box\'s line', () => {
  const SOURCE = [{ id: 's', text: 'The 52-year-old victim is in a stable condition. A 19-year-old man has been charged and bailed.' }];
  it('is that person\'s age', () => {
    const draft = 'Key facts:\n- Victim: 52, stable\n- Suspect: 19, bailed';
    expect(findMentions(draft).filter((m) => m.kind === 'age').map((m) => m.text)).toEqual(['52', '19']);
    expect(checkDraft(draft, SOURCE).map((c) => [c.text, c.verdict])).toEqual([['52', 'supported'], ['19', 'supported']]);
    expect(checkDraft('Key facts:\n- Victim: 25, stable', SOURCE)[0]?.verdict).not.toBe('supported');
  });
  it('not after a label that counts ("Victims: 12") or inside a sentence', () => {
    expect(findMentions('Key facts:\n- Victims: 12').map((m) => m.kind)).toEqual(['count']);
    expect(findMentions('The police said the driver: 42 cars were damaged.').map((m) => m.kind)).toEqual(['count']);
  });
});
