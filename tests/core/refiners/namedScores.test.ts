// "Joe Denly's 66 and 49 from Joe Root": a player's figure after the possessive of a full name,
// or after "from" and a full name, is that player's, so a swapped pair is caught.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: "England's chase was built upon a quick start from Jonny Bairstow (43 off 23 balls), Joe Denly's 66 and 49 from Joe Root." }];
const verdicts = (draft: string) => checkDraft(draft, source).map((c) => [c.text, c.verdict]);

describe('namedScores', () => {
  it('gives "Joe Denly\'s 66" to Denly and "49 from Joe Root" to Root', () => {
    const owners = findMentions(source[0]!.text).filter((m) => m.value === 66 || m.value === 49).map((m) => m.text);
    expect(owners).toEqual(['66', '49']);
    expect(verdicts('Joe Denly added 66 and Joe Root 49.')).toEqual([['66', 'supported'], ['49', 'supported']]);
  });
  it('contradicts the pair swapped', () => {
    expect(verdicts('Joe Denly added 49 and Joe Root 66.')).toEqual([['49', 'contradicted'], ['66', 'contradicted']]);
  });
  it('leaves a nation\'s possessive and a figure with its own noun alone', () => {
    expect(verdicts('Britain has 66 MPs.').map(([, v]) => v)).not.toContain('contradicted');
    expect(checkDraft('Britain has 66 MPs.', [{ id: 's', text: "Britain's 66 MPs voted on the bill." }])[0]?.verdict).toBe('supported');
  });
});
