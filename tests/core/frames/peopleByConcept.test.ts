// "800 residents were moved" against "800 people were evacuated": a noun for people that carries a
// lexicon concept of its own (residents: population) names who was counted, so against the
// general word for people it is the same group, and the source's verb is not a clash.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'More than 800 people were evacuated from Ruang to a nearby island, Tagulandang. Later, 11,000 residents were told to leave a danger zone.' }];
const verdict = (draft: string) => checkDraft(draft, source)[0]?.verdict;

describe('frameMatch: a people noun with a concept against "people"', () => {
  it('"More than 800 residents were moved" is the source\'s 800 people evacuated', () => {
    expect(verdict('More than 800 residents were moved from Ruang to the nearby island of Tagulandang.')).toBe('supported');
  });
  it('but "More than 900 residents were moved" is not', () => {
    expect(verdict('More than 900 residents were moved from Ruang to the nearby island of Tagulandang.')).not.toBe('supported');
  });
});
