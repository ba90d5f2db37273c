// "The 23-year-old Spaniard" that opens a sentence describes the person the sentence before opens on.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Ortega beat Lindqvist in the final on Sunday. Lindqvist, 27, led early. Ortega, 24, won the title last year too.' }];
const age = (draft: string) => checkDraft(draft, source).find((c) => /year-old/.test(c.text))?.verdict;

describe('attributedFigure: a described subject', () => {
  it('the age the source gives another person does not support the description of the subject', () => {
    expect(age('Marco Ortega beat Lindqvist in the final on Sunday. The 27-year-old Spaniard won in four sets.')).toBe('contradicted');
    expect(age('Marco Ortega beat Lindqvist in the final on Sunday. The 24-year-old Spaniard won in four sets.')).toBe('supported');
  });
  it('a subject the draft has already aged is not the one described', () => {
    expect(age('Marco Ortega, 24, beat Lindqvist in the final on Sunday. The 27-year-old, who is three years older, lost.')).toBe('supported');
  });
});
