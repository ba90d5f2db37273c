// A year the draft counts on to (or back to) from its own year and length of years.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Building work is expected to start in 2016. The EU was an issue at the 2015 election.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('ownYearSpan', () => {
  it('"start in 2016 and last three years, … due in 2019" is the draft\'s own sum', () => {
    const c = on('Building work is expected to start in 2016 and last three years, with completion due in 2019.', '2019');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '2016' and 'three years' make 2019. Draft: '2019'.");
    expect(c?.basis).toBe('draft');
  });
  it('"the 2015 election, five years after the 2010 poll" counts back', () => {
    expect(on('The choice may come at the 2015 election, five years after the 2010 poll.', '2010')?.verdict).toBe('supported');
  });
  it('a wrong sum is not derived, and a source that dates it otherwise still contradicts it', () => {
    expect(on('Building work is expected to start in 2016 and last three years, with completion due in 2020.', '2020')?.verdict).not.toBe('supported');
    const dated = [{ id: 's', text: 'Building work is expected to start in 2016, with completion due in 2020.' }];
    expect(checkDraft('Building work is expected to start in 2016 and last three years, with completion due in 2019.', dated).find((c) => c.text === '2019')?.verdict).toBe('contradicted');
  });
});
