// "was created in 1831 and has a collection of 8,000 plants": a year dates its own clause; a
// clause joined on in the present tells of today, and its figure is no look back.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

describe('a present-tense clause after a year', () => {
  it('"created in 1831 and has a collection of 8,000 plants": the year dates the creation, not the collection', () => {
    const source = [{ id: 's', text: 'The hottest day on record came in July 2019. The Botanic Garden was created on its current site in 1831 and has a collection of 8,000 plants, trees and shrubs from all over the world.' }];
    expect(checkDraft('The garden holds a collection of 8,000 plants, trees and shrubs.', source).find((c) => c.text.startsWith('8,000'))?.verdict).toBe('supported');
  });
  it('a past clause stays dated', () => {
    const source = [{ id: 's', text: 'The hottest day on record came in July 2019. In 1831 the garden was created and planted 2,000 trees.' }];
    expect(checkDraft('The garden has 2,000 trees.', source).find((c) => c.text.startsWith('2,000'))?.verdict).not.toBe('supported');
  });
});
