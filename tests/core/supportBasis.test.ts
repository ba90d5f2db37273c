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

  it('is "draft" for a gap, a margin or a span worked out from the draft\'s own figures, however the working is worded', () => {
    const tallies = [{ id: 's', text: 'The Conservatives control 44 councils and Labour 37 after the count.' }];
    const lead = checkDraft('The Conservatives had overall control of 44 authorities against Labour\'s 37, a lead of seven.', tallies).find((c) => c.text === 'seven');
    expect(lead?.verdict).toBe('supported');
    expect(lead?.basis).toBe('draft');
    const laps = [{ id: 's', text: 'Webber passed Vettel on the 40th lap. Vettel was obliged from the 13th lap to nurse the gearbox.' }];
    const span = checkDraft('Webber took the lead on lap 40. From lap 13 Vettel had to nurse his gearbox for 27 laps before Webber went past.', laps).find((c) => c.text === '27');
    expect(span?.verdict).toBe('supported');
    expect(span?.basis).toBe('draft');
    const record = checkDraft('Djokovic still leads their head-to-head 11-8 over 19 matches.', [{ id: 's', text: 'Djokovic leads the head-to-head 11-8.' }]).find((c) => c.text === '19');
    expect(record?.verdict).toBe('supported');
    expect(record?.basis).toBe('draft');
  });

  it('is never given to a flag', () => {
    const claims = checkDraft('The strike killed 21 people on Monday.', [{ id: 's', text: 'At least 12 staff members and seven patients were killed in the strike on Sunday.' }]);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) if (c.verdict !== 'supported') expect(c.basis).toBeUndefined();
  });
});
