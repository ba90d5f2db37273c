import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The survey tracked how reading habits among teenagers changed over the past 20 years.';

describe('startOfRecentSpan', () => {
  it('"two decades ago" is when "the past 20 years" began', () => {
    const [c] = checkDraft('Teenagers read more books two decades ago than they do now, the survey found.', [{ id: 's', text: SOURCE }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'the past 20 years'");
  });
  it('another length, or a span about something else, does not date it', () => {
    expect(checkDraft('Teenagers read more books ten years ago, the survey found.', [{ id: 's', text: SOURCE }])[0]?.verdict).not.toBe('supported');
    expect(checkDraft('The mine closed 20 years ago.', [{ id: 's', text: SOURCE }])[0]?.verdict).not.toBe('supported');
  });
  it('a span that does not run to now ("the first 20 years") dates nothing', () => {
    const source = 'Reading habits among teenagers changed in the first 20 years of the survey.';
    expect(checkDraft('Teenagers read more books two decades ago, the survey found.', [{ id: 's', text: source }])[0]?.verdict).not.toBe('supported');
  });
});
