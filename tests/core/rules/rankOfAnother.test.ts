import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Norrie beat Carlos Alcaraz, and will next meet 9th seed Hubert Hurkacz. The 14th seed Daniel Evans lost.' }];
const rank = (draft: string, r: string) => checkDraft(draft, source).find((c) => c.text === r);

describe('rankOfAnother', () => {
  it('a rank the source gives another person is not stated for this one', () => {
    const c = rank('Daniel Evans, the 9th seed, lost.', '9th');
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toBe("The source's 9th seed is Hurkacz, not Evans.");
  });
  it('the person\'s own rank stands', () => {
    expect(rank('Hubert Hurkacz, the 9th seed, won.', '9th')?.verdict).toBe('supported');
    expect(rank('The 14th seed Daniel Evans lost.', '14th')?.verdict).toBe('supported');
  });
});
