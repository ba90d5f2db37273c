// "Only 41 of the 57 trains ran" for "Sixteen of the 57 trains were cancelled": the other part of a
// whole the source split in two, exactly, in a sentence telling the same passage.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

describe('restOfPartitive', () => {
  const source = 'Sixteen of the 57 trains that call at Harpenden, St Albans and Radlett during the peak morning rush hour were cancelled.';
  it('"41 of the 57 peak-time trains" is the rest of the source\'s sixteen', () => {
    expect(verdictOf('Only 41 of the 57 peak-time trains that call at Harpenden and St Albans ran.', source, '41')).toBe('supported');
    expect(verdictOf('Only 43 of the 57 peak-time trains that call at Harpenden and St Albans ran.', source, '43')).not.toBe('supported');
  });
  it('not a part of another whole, nor of another passage', () => {
    expect(verdictOf('Only 41 of the 58 peak-time trains that call at Harpenden and St Albans ran.', source, '41')).not.toBe('supported');
    expect(verdictOf('Police said 41 of the 57 suspects were released without charge.', source, '41')).not.toBe('supported');
  });
});

describe('restOfPartitive beside the draft\'s own other part', () => {
  const source = [{ id: 's', text: 'All 32 councils were due to declare overnight. The BBC called the result at 4.15am.' }];
  it('"with six councils still to report, meaning 26 of the 32 had declared"', () => {
    const c = checkDraft('The BBC called it at 4.15am with six councils still to report, meaning 26 of the 32 had declared.', source).find((k) => k.text.startsWith('26'));
    expect(c?.verdict).toBe('supported');
    expect(checkDraft('The BBC called it at 4.15am with six councils still to report, meaning 25 of the 32 had declared.', source).find((k) => k.text.startsWith('25'))?.verdict).not.toBe('supported');
  });
});
