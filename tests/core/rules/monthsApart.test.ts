// "a month earlier", "a year earlier": a length of time between two months a source names, told
// with the month of the draft's own sentence; never a rate ("7.68 million a month").
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdicts = (draft: string, source: string) => Object.fromEntries(checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]));

describe('elapsedBetween: months named without days', () => {
  const nhs = 'Figures show 7.75 million people were waiting to start treatment at the end of August, up from 7.68 million in July.';
  it('"up from 7.68 million a month earlier" is August against July, and 7.68 million no monthly rate', () => {
    const v = verdicts('The list stood at 7.75 million at the end of August, up from 7.68 million a month earlier.', nhs);
    expect(v['a month']).toBe('supported');
    expect(v['7.68 million']).toBe('supported');
  });
  it('"two months earlier" is not', () => {
    expect(verdicts('The list stood at 7.75 million at the end of August, up from 7.68 million two months earlier.', nhs)['two months']).not.toBe('supported');
  });
  it('"up 7.2% on a year earlier" compares with October 2022: the base of the change is no claim (comparisonBases), the change is checked', () => {
    const v = verdicts('Some 4,604 homes were bought in October, up 7.2% on a year earlier.', 'In October 2023, some 4,604 purchases were filed, up by 7.2 per cent when compared with October 2022.');
    expect(v['a year']).toBeUndefined();
    expect(v['7.2%']).toBe('supported');
  });
  it('does not derive a gap the source states otherwise in the same words', () => {
    const v = verdicts('They were replaced as hosts in November, three months before the competition started.', 'Morocco were punished in February after being replaced as hosts last November, just two months before the competition began.');
    expect(v['three months']).not.toBe('supported');
  });
  it('"two days after the report" is the source\'s "the report just two days ago", told in the same words', () => {
    const source = 'Payroll processor ADP\'s National Employment Report just two days ago showed 89,000 private sector jobs created in September.';
    expect(verdicts('The count came two days after payroll processor ADP\'s National Employment Report showed 89,000 jobs.', source)['two days']).toBe('supported');
    expect(verdicts('The count came three days after payroll processor ADP\'s National Employment Report showed 89,000 jobs.', source)['three days']).not.toBe('supported');
  });
});

