// A total the draft adds up from its own counts in the sentence, worded as a total.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The club says 65 members of staff, plus 110 players, have been kept away from the ground for a month.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('totalOfOwnParts', () => {
  it('"65 staff and 110 players …, some 175 people in all" is the draft\'s own sum', () => {
    const c = on('The club kept 65 staff and 110 players away from the ground, some 175 people in all.', '175');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '65' + '110' = 175. Draft: 'some 175'.");
    expect(c?.basis).toBe('draft');
  });
  it('a wrong total, one a hedge stretches to fit, or one not worded as a total, is not derived', () => {
    expect(on('The club kept 65 staff and 110 players away from the ground, some 185 people in all.', '185')?.verdict).not.toBe('supported');
    expect(on('The club kept 65 staff and 110 players away, about 200 people in all.', '200')?.verdict).not.toBe('supported');
    expect(on('The club kept 65 staff and 110 players away from 175 sites.', '175')?.verdict).not.toBe('supported');
  });
});
