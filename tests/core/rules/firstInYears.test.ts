// "the first … in 20 years" is the first since 20 years ago.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The calf is the first elephant born at the park since Tembo 20 years ago.' }];
const years = (draft: string) => checkDraft(draft, source).find((c) => /years/.test(c.text))?.verdict;

describe('firstInYears', () => {
  it('"the first elephant born at the park in 20 years"', () => {
    expect(years('It is the first elephant born at the park in 20 years.')).toBe('supported');
  });
  it('not another span, nor a span that tells no first', () => {
    expect(years('It is the first elephant born at the park in 25 years.')).not.toBe('supported');
    expect(years('The park has bred elephants in 20 years.')).not.toBe('supported');
  });
});
