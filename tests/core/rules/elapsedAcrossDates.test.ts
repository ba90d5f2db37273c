// A gap in weeks or months between two calendar dates a source gives; the remainder of a whole told
// in the sentence before.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string, text: RegExp) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => text.test(c.text))?.verdict;

describe('elapsedBetween: weeks and months between calendar dates', () => {
  const source = 'She was admitted on January 29. She died in hospital on April 1.';
  it('"more than two months after being admitted on January 29" for a death on April 1', () => {
    expect(verdict('She died on April 1, more than two months after being admitted on January 29.', source, /months/)).toBe('supported');
    expect(verdict('She died on April 1, more than three months after being admitted on January 29.', source, /months/)).not.toBe('supported');
  });
  it('the shorter way round the year when no year is given', () => {
    const births = 'The antelope was born Nov. 14. The calf was born Jan. 22.';
    expect(verdict('The antelope was born on Nov. 14, almost 10 weeks before the calf.', births, /weeks/)).toBe('supported');
    expect(verdict('The antelope was born on Nov. 14, almost 12 weeks before the calf.', births, /weeks/)).not.toBe('supported');
  });
});

describe('otherRemainder: the whole told in the sentence before', () => {
  const source = 'Early reports said 70 passengers were injured. Officials said 31 of the injured were kept in hospital.';
  it('"70 … hurt. 31 of them were admitted, the other 39 went home"', () => {
    expect(verdict('Reports said 70 passengers were hurt. Officials said 31 of them were admitted, while the other 39 went home.', source, /^39$/)).toBe('supported');
    expect(verdict('Reports said 70 passengers were hurt. Officials said 31 of them were admitted, while the other 49 went home.', source, /^49$/)).not.toBe('supported');
  });
  it('not across paragraphs', () => {
    expect(verdict('Reports said 70 passengers were hurt.\n\nOfficials said 31 of them were admitted, while the other 39 went home.', source, /^39$/)).not.toBe('supported');
  });
});
