// The middle of a range the draft gives is the draft's own arithmetic.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'For the holiday quarter Apple forecast revenue of $89 billion to $93 billion.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('midpointOfRange', () => {
  it('"$89 billion to $93 billion, a midpoint of $91 billion"', () => {
    const c = on('Apple forecast revenue of $89 billion to $93 billion, a midpoint of $91 billion.', '91');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '$89 billion to $93 billion' has its middle at 91 billion. Draft: '$91 billion'.");
    // Worked out from the draft's own range, which is checked on its own: not a source's statement.
    expect(c?.basis).toBe('draft');
  });
  it('not a figure off the middle, nor one with no word for the middle', () => {
    expect(on('Apple forecast revenue of $89 billion to $93 billion, a midpoint of $92 billion.', '92')?.verdict).not.toBe('supported');
    expect(on('Apple forecast revenue of $89 billion to $93 billion, and analysts expect $91 billion.', '91')?.verdict).not.toBe('supported');
  });
});
