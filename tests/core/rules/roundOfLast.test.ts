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

describe('roundOfLast: the round told in other words', () => {
  it('"knocked out in the last eight by South Africa" where the source says "in the quarter-final"; "eased into the last eight" where it says "going into the quarter-finals"', () => {
    const rugby = [{ id: 's', text: 'Wales were knocked out of the World Cup by South Africa in the quarter-final despite leading with 10 minutes remaining.' }];
    expect(checkDraft('Wales were knocked out in the last eight by South Africa, despite leading with 10 minutes left.', rugby).find((c) => c.value === 8)?.verdict).toBe('supported');
    const snooker = [{ id: 's', text: 'Selby said: "I am happy with that going into the quarter-finals."' }];
    expect(checkDraft('Mark Selby eased into the last eight of the World Championship.', snooker).find((c) => c.value === 8)?.verdict).toBe('supported');
    expect(checkDraft('Mark Selby eased into the last four of the World Championship.', snooker).find((c) => c.value === 4)?.verdict).not.toBe('supported');
  });
});
