import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('magnitudes', () => {
  it('reads every way a magnitude is written', () => {
    for (const s of ['A magnitude-7.8 earthquake hit.', 'A 7.8-magnitude earthquake hit.', 'An earthquake of magnitude 7.8 hit.']) {
      expect(findMentions(s)).toMatchObject([{ kind: 'quantity', value: 7.8, unit: 'magnitude' }]);
    }
  });
  it('checks it only against magnitudes', () => {
    const src = [{ id: 's', text: 'The magnitude-7.9 quake struck at dawn, killing 7 people.' }];
    expect(checkDraft('A 7.8-magnitude quake struck.', src)[0]?.verdict).toBe('contradicted');
    expect(checkDraft('A magnitude-7.8 earthquake struck.', [{ id: 's', text: 'A powerful quake struck at dawn.' }])[0]?.verdict).toBe('unsupported');
  });
});
