// A knockout round named by the sides left in it: "the last eight" is the quarter-finals.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Rovers should brace themselves for interest in their players after their run to the FA Cup quarter-finals, manager Gary Bowyer has said.' }];
const last = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count')?.verdict;

describe('roundOfLast', () => {
  it('"ended in the last eight" is the source\'s quarter-finals', () => {
    expect(last('Bowyer expects interest in his players after the FA Cup run of Rovers ended in the last eight.')).toBe('supported');
  });
  it('not the last four, nor "the last eight games"', () => {
    expect(last('Bowyer expects interest in his players after the FA Cup run of Rovers ended in the last four.')).not.toBe('supported');
    expect(last('Bowyer expects interest in his players after Rovers won the last eight games of the FA Cup run.')).not.toBe('supported');
  });
});
