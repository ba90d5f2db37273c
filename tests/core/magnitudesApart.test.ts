// Two amounts thousands of times apart are different quantities: a per-share figure is never a
// misstated profit, however many words the two sentences share.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

describe('MAGNITUDES_APART: no conflict between amounts of different orders', () => {
  const source = [{
    id: 's',
    text: 'On that basis, Google exceeded the average earnings estimate of $10.54 among analysts surveyed by FactSet. Net revenue was $12 billion. That figure was well below the average analyst estimate of $12.1 billion, according to FactSet.',
  }];
  const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));
  it('"the average analyst estimate of $10.54" is not contradicted by the $12.1 billion revenue estimate', () => {
    expect(on('It made $10.65 a share, above the average analyst estimate of $10.54 compiled by FactSet.', '10.54')?.verdict).toBe('supported');
  });
  it('a misstated amount of the same order still conflicts', () => {
    expect(on('Revenue missed the average analyst estimate of $13.1 billion compiled by FactSet.', '13.1')?.verdict).toBe('contradicted');
  });
});
