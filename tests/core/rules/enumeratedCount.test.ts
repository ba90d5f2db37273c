import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('enumeratedCount', () => {
  it('counts people the source lists one by one', () => {
    const [c] = checkDraft('Two people were arrested.', [{ id: 's', text: 'Police said a man, 41, and a woman, 23, were arrested after the attack.' }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('names 2 people');
  });
  it('a list of another length does not support', () => {
    expect(checkDraft('Three people were arrested.', [{ id: 's', text: 'A man and a woman were arrested at the scene.' }])[0]?.verdict).not.toBe('supported');
  });
});
