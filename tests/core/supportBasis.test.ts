// How a green is supported: a source stating the figure, or working a source's figures out
// ('derived'), or the draft's own figures ('draft'). The editor checks the working of the last two.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

describe('Claim.basis: how a supported figure is supported', () => {
  it('is absent where a source states the figure', () => {
    const [c] = checkDraft('The strike killed 12 staff members.', [{ id: 's', text: 'At least 12 staff members were killed in the strike.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBeUndefined();
  });

  it('is "derived" for a total worked out from a source\'s parts', () => {
    const [c] = checkDraft('The strike killed 19 people.', [{ id: 's', text: 'At least 12 staff members and seven patients were killed in the strike.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('derived');
  });

  it('is "draft" for a change between two levels the draft gives itself, and for its own conversion', () => {
    const source = [{ id: 's', text: 'Tom Reed weighed 130kg when he joined the running club in May. He weighs 95kg now and runs every morning.' }];
    const loss = checkDraft('Tom Reed weighed 130kg when he joined the club. He now weighs 95kg, a loss of 35kg.', source).find((c) => c.text.includes('35kg'));
    expect(loss?.verdict).toBe('supported');
    expect(loss?.basis).toBe('draft');
    const cubs = [{ id: 's', text: 'The twin cubs weighed 8-12lb each when the keepers first saw them.' }];
    const converted = checkDraft('The twin cubs weighed 8-12lb, about 4.5kg, each.', cubs).find((c) => c.text.includes('4.5kg'));
    expect(converted?.verdict).toBe('supported');
    expect(converted?.basis).toBe('draft');
  });

  it('is never given to a flag', () => {
    const claims = checkDraft('The strike killed 21 people on Monday.', [{ id: 's', text: 'At least 12 staff members and seven patients were killed in the strike on Sunday.' }]);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) if (c.verdict !== 'supported') expect(c.basis).toBeUndefined();
  });
});
