// A month does not state a day: where a source gives another day of that month for the event,
// "in December" (of something else) is no support for the draft's "December 12".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The group set up a bogus online profile in December. The video of his arrest on December 10 has been viewed more than 10,000 times.' }];
const date = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'date')?.verdict;

describe('judgeDate: a day against a month', () => {
  it('"arrested on December 12" is not supported by another event\'s "in December" when the arrest was December 10', () => {
    expect(date('He was arrested by waiting police at a bus station on December 12.')).not.toBe('supported');
    expect(date('He was arrested by waiting police at a bus station on December 10.')).toBe('supported');
  });
  it('a month alone still supports a day where no source gives another day of it', () => {
    const month = [{ id: 's', text: 'The group set up a bogus online profile in December.' }];
    expect(checkDraft('The group set up the profile on December 3.', month).find((c) => c.kind === 'date')?.verdict).toBe('supported');
  });
});

// A month without its year does not state the year either.

const platform = [{ id: 's', text: 'The incident happened on the Thistle platform, off Shetland, last December. The operator said that in December 2016 six workers were exposed to low levels of radiation.' }];
const yearOf = (draft: string) => checkDraft(draft, platform).find((c) => c.kind === 'date')?.verdict;

describe('a yearless month against the same month with its year', () => {
  it('"in December 2015" is contradicted by "in December 2016", whatever "last December" says', () => {
    expect(yearOf('Six workers were exposed to radiation on the Thistle platform in December 2015.')).toBe('contradicted');
    expect(yearOf('Six workers were exposed to radiation on the Thistle platform in December 2016.')).toBe('supported');
  });
});
