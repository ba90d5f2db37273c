import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// A figure the source gives a person is that person's in the draft too: it bears on the figure the
// draft gives them, never on the draft's other figure in the sentence.
describe('a person\'s figure bears on that person\'s figure only', () => {
  const source = [{ id: 's', text: 'Hamilton has overhauled Sebastian Vettel for third place on the all-time list of pole positions with his 47 qualifying P1s, putting him behind just Ayrton Senna (65) and Michael Schumacher (68).' }];
  it('the draft\'s own 47 stands, and the swapped pair is caught', () => {
    const v = Object.fromEntries(checkDraft('He has overtaken Vettel to move into third place for career poles with 47, behind only Ayrton Senna, on 68, and Michael Schumacher, on 65.', source).map((c) => [c.text, c.verdict]));
    expect(v['47']).toBe('supported');
    expect(v['68']).toBe('contradicted');
    expect(v['65']).toBe('contradicted');
  });
});
