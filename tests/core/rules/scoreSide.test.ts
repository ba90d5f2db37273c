import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Higgins took the last two frames of the evening to trail Selby 11-5 overnight.' }];

describe('scoreSide', () => {
  it('a score wrong in one side is flagged on that side only', () => {
    const draft = 'Higgins trails Selby 11-6 after taking the last two frames.';
    const c = checkDraft(draft, source).find((x) => x.verdict === 'contradicted');
    expect(draft.slice(c!.start, c!.end)).toBe('6');
    expect(c?.explanation).toBe("Source: '11-5 overnight'. Draft: '11-6'.");
  });
  it('a score wrong in both sides is flagged whole', () => {
    const draft = 'Higgins trails Selby 10-6 after taking the last two frames.';
    const c = checkDraft(draft, source).find((x) => x.verdict === 'contradicted');
    expect(draft.slice(c!.start, c!.end)).toBe('10-6');
  });
  it('the right score stands', () => {
    expect(checkDraft('Higgins trails Selby 11-5 after taking the last two frames.', source).find((x) => x.text.includes('11'))?.verdict).toBe('supported');
  });
});
