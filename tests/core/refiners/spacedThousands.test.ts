import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('spacedThousands', () => {
  it('reads "50, 000" as fifty thousand', () => {
    expect(findMentions('He stole more than £50, 000.')).toMatchObject([{ kind: 'money', value: 50000, qualifier: 'more-than' }]);
    expect(findMentions('More than 1, 000 soldiers died.')).toMatchObject([{ value: 1000 }]);
  });
  it('leaves lists alone', () => {
    expect(findMentions('Rooms 1, 2 and 3.').map((m) => m.value)).toEqual([1, 2, 3]);
  });
});
