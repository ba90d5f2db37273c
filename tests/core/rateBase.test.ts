// A rate's base ("per 100,000 people") and a rate ("67.9 per 100,000") are different figures:
// neither is a misstated value of the other.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: 'The overall hospitalization rate reached 67.9 per 100,000 population during the week, up significantly from the 59.9 per 100,000 reported a week earlier.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('a rate and its base', () => {
  const draft = 'The overall hospitalization rate climbed to 67.9 per 100,000 people, from 59.9 a week earlier.';
  it('the base is not contradicted by the rate, nor the rate by the base', () => {
    expect(on(draft, '100,000')?.verdict).not.toBe('contradicted');
    expect(on(draft, '59.9')?.verdict).toBe('supported');
  });
  it('a misstated rate still conflicts with the rate', () => {
    expect(on('The overall hospitalization rate climbed to 69.7 per 100,000 people.', '69.7')?.verdict).toBe('contradicted');
  });
});
