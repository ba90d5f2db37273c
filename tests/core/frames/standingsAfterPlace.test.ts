// "Froome had begun the day fourth overall": a word after a place that says in which standings
// ranks no noun, and the place meets the source's "fourth place in the general classification".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Froome started the day in fourth place in the general classification, 3min 22sec behind Yates.' }];
const place = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('frames: standings after a place', () => {
  it('"fourth overall" is the source\'s "fourth place"; "fifth overall" is not', () => {
    expect(place('Froome had begun the day fourth overall, three minutes and 22 seconds behind Yates.')).toBe('supported');
    expect(place('Froome had begun the day fifth overall, three minutes and 22 seconds behind Yates.')).not.toBe('supported');
  });
});
