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
