import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The twin cubs weighed 8-12lb each when the keepers first saw them.' }];
const claimOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text.includes(text));

describe('ownConversion: a figure beside another of the same dimension in another unit converts it', () => {
  it('"8-12lb, about 4.5kg" is the draft converting its own figure', () => {
    const c = claimOf('The twin cubs weighed 8-12lb, about 4.5kg, each.', '4.5kg');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("the draft's own '8-12lb' is about 4.5 kg");
  });
  it('not a wrong conversion: 8-12lb is no 7kg', () => {
    expect(claimOf('The twin cubs weighed 8-12lb, about 7kg, each.', '7kg')?.verdict).not.toBe('supported');
  });
  it('nor a figure further off in the sentence', () => {
    expect(claimOf('The twin cubs weighed 8-12lb each and the keepers used 4.5kg of bedding.', '4.5kg')?.verdict).not.toBe('supported');
  });
});
