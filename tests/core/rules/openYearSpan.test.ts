import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a span of years left open runs to now', () => {
  const file = 'He faces Ajax on Wednesday. CLUBS: Getafe (2008-12) 90 apps, 14 goals Lyon (2012-) 61 apps, 23 goals';
  it('"(2012-) 61 apps, 23 goals" is his record up to now', () => {
    expect(verdict('He has 23 goals for Lyon.', file)).toBe('supported');
  });
  it('is read only when nothing follows the dash: "(2008-12)" is a closed span, "2013-14" a season', () => {
    expect(verdict('He has 23 goals for Lyon.', 'He faces Ajax on Wednesday. In 2013-14 he scored 23 goals for Lyon.')).not.toBe('supported');
  });
});
