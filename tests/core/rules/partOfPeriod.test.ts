// A period's part is part of the figure: the late 16th Century is not the early one.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The forests were thought pristine before Europeans arrived in the early 16th Century. Sales peaked in the late 1990s.' }];
const claim = (draft: string) => checkDraft(draft, source)[0];

describe('partOfPeriod', () => {
  it('the same century said of another part of it is contradicted', () => {
    const c = claim('The forests were thought pristine before Europeans arrived in the late 16th Century.');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source: 'early 16th Century'. Draft: 'late 16th Century'.");
    expect(claim('Sales peaked in the mid-1990s.')?.verdict).toBe('contradicted');
  });
  it('the same part, or none on one side, is read as usual', () => {
    expect(claim('The forests were thought pristine before Europeans arrived in the early 16th Century.')?.verdict).toBe('supported');
    expect(claim('The forests were thought pristine before Europeans arrived in the 16th Century.')?.verdict).toBe('supported');
  });
});
