import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// judgeDate with datePassage: the words around a date tell its event.
const source = [{ id: 's', text: 'Timeline: 2 May - the club finish bottom on the final day of the league season. '
  + '9 May - a fans\' group makes an offer to buy the stadium.' }];
const date = (draft: string, d: string): string | undefined => checkDraft(draft, source).find((c) => c.text.includes(d))?.verdict;

describe('a date told with another date\'s event', () => {
  it('is contradicted when the source tells its words around another date only', () => {
    const c = checkDraft('The club went down on the final day of the season on 9 May.', source).find((x) => x.text.includes('9'));
    expect(c?.verdict).toBe('contradicted');
    // The flag marks the part that differs: the day.
    expect(c?.text).toBe('9');
    expect(c?.explanation).toContain('2 May');
  });
  it('stands when told with its own event', () => {
    expect(date('The club went down on the final day of the season on 2 May.', '2 May')).toBe('supported');
    expect(date('Fans made an offer to buy the stadium on 9 May.', '9 May')).toBe('supported');
  });
});
