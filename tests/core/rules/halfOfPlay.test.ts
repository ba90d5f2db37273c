// A half of play named otherwise: "the first half" is "the opening period".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Bradford dominated the rest of the opening period as the visitors\' defence survived a series of narrow escapes.' }];
const half = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('halfOfPlay', () => {
  it('"the rest of the first half" is the source\'s "the rest of the opening period"', () => {
    expect(half('Bradford controlled the rest of the first half and the visitors\' defence lived dangerously.')).toBe('supported');
  });
  it('not the other half, nor another passage of play', () => {
    expect(half('Bradford controlled the rest of the second half and the visitors\' defence lived dangerously.')).not.toBe('supported');
    expect(half('Oldham scored twice in the first half through Jones.')).not.toBe('supported');
  });
});
