import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = (n: string) => [{ id: 's', text: `Bueno played for Derby on loan ${n} years ago, but with just five goals in 29 games he looked nothing special.` }];
const years = (draft: string, n: string) => checkDraft(draft, source(n)).find((c) => c.kind === 'duration')?.verdict;
const draft = 'Bueno endured a forgettable loan spell at Derby. Five years on, the striker faces his old club Real Madrid.';

describe('timeOnAsAgo', () => {
  it('"Five years on," after the event is the source\'s "five years ago"', () => {
    expect(years(draft, 'five')).toBe('supported');
  });
  it('not another length, nor a length that does not open its sentence', () => {
    expect(years(draft, 'six')).not.toBe('supported');
    expect(years('Bueno endured a forgettable loan spell at Derby that lasted five years on and off.', 'five')).not.toBe('supported');
  });
});
