// "three National Football League (NFL) fields": the acronym in brackets spells the name out again,
// and the noun after it is what the figure counts.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frameOf: a bracketed acronym inside the noun phrase', () => {
  it('reads past "(NFL)" to the noun', () => {
    expect(headOf('It is about the size of three National Football League (NFL) fields.', 'three')).toBe('field');
  });
  it('so the same count of fields in other words is supported', () => {
    const source = [{ id: 's', text: "That's about the size of three National Football League (NFL) fields, according to Washington Newsday." }];
    expect(checkDraft('The rock is about the size of three American football fields.', source)[0]?.verdict).toBe('supported');
  });
});
