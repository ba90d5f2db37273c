import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The males, two aged 17 and one 19, from north-west London, were reported missing in March.' }];
const claimOn = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text);

describe('ageGroup: counts told with the age their group shares', () => {
  it('"one aged 19" is not contradicted by "two aged 17": another group', () => {
    expect(claimOn('The trio, two aged 16 and one aged 19, were reported missing in March.', 'one')?.verdict).not.toBe('contradicted');
  });
  it('a wrong count of the same age still is', () => {
    expect(claimOn('The trio, three aged 17 and one aged 19, were reported missing in March.', 'three')?.verdict).toBe('contradicted');
  });
});
