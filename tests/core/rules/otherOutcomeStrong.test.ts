// A strong frame does not make the killed the injured: the figure's own outcome word decides.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The bus overturned on a mountain road, killing three people and injuring 27, rescuers said.';
const verdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }])[0]?.verdict;

describe('killed and injured are different counts', () => {
  it('"27 people died" is not supported by "injuring 27"', () => {
    expect(verdict('Twenty-seven people died when the bus overturned on a mountain road.')).not.toBe('supported');
  });
  it('the right outcome still is', () => {
    expect(verdict('Twenty-seven people were injured when the bus overturned on a mountain road.')).toBe('supported');
    expect(verdict('Three people died when the bus overturned on a mountain road.')).toBe('supported');
  });
});
