import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('attributedAges', () => {
  it('reads ages in apposition to a person noun', () => {
    expect(findMentions('Police said a man, 41, and a woman, 23, were arrested.').map((m) => m.kind)).toEqual(['age', 'age']);
  });
  it('an age is not a count: it neither supports nor contradicts one', () => {
    const [c] = checkDraft('Two people were arrested.', [{ id: 's', text: 'Police said a man, 41, and a woman, 23, were arrested.' }]);
    expect(c?.verdict).not.toBe('contradicted');
    expect(c?.evidence.map((e) => e.value)).not.toContain('23');
  });
});
