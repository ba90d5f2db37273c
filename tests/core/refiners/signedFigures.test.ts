import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('signedFigures', () => {
  it('reads "minus 20C", "-20C" and "-5%" below zero, and leaves "2-1" and "COVID-19" alone', () => {
    expect(findMentions('It fell to minus 20C, then -20C; -5% was the change.').map((m) => [m.text, m.value]))
      .toEqual([['minus 20C', -20], ['-20C', -20], ['-5%', -5]]);
    expect(findMentions('Italy won 2-1 as COVID-19 cases rose.').map((m) => m.value)).toEqual([2, 19]);
  });
  it('never supports a temperature below zero by the same digits above it', () => {
    const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;
    expect(verdict('Temperatures dropped to minus 20C.', 'Temperatures rose to 20C.')).not.toBe('supported');
    expect(verdict('Temperatures dropped to minus 4F.', 'Temperatures fell to -20C overnight.')).toBe('supported');
  });
  it('reads "a negative 20.9" as a reading below zero, the draft\'s "minus 20.9"', () => {
    expect(findMentions('The gauge registered a negative 20.9 from a reading of negative 1.6.').map((m) => m.value)).toEqual([-20.9, -1.6]);
    expect(findMentions('The test came back negative 20 times.').map((m) => m.value)).toEqual([20]);
    const src = [{ id: 's', text: 'The regional gauge registered a negative 20.9 from a revised reading of negative 1.6 in December.' }];
    expect(checkDraft('The regional gauge sank to minus 20.9 from a revised minus 1.6.', src).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});
