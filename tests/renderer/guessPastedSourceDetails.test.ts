// The paste dialog's guesses from a source's first lines.
import { describe, expect, it } from 'vitest';
import { guessPastedSourceDetails } from '../../renderer/src/sources/guessPastedSourceDetails.ts';

describe('guessing a pasted source’s title, outlet and date', () => {
  it.each([
    [
      'a CNN dateline',
      'Quake toll rises to 2,310\nUpdated 0642 GMT, November 20, 2026\nANKARA, Turkey (CNN) — The number of people killed rose on Thursday.',
      { title: 'Quake toll rises to 2,310', outlet: 'CNN', published: '2026-11-20' },
    ],
    [
      'a Reuters dateline and a day-first date',
      'Flood barriers raised\n20 Nov 2026\nLONDON, Nov 20 (Reuters) - Flood barriers were raised by 40 cm.',
      { title: 'Flood barriers raised', outlet: 'Reuters', published: '2026-11-20' },
    ],
    ['an ISO date and a credit line', 'Dam holds\nBy Ann Lee, Associated Press\n2026-04-01\nThe dam held.', { title: 'Dam holds', outlet: 'Associated Press', published: '2026-04-01' }],
    ['no date and no outlet', 'Council meets\nThe council met on Monday.', { title: 'Council meets', outlet: '', published: '' }],
    ['a date that does not exist', 'Budget\n31 February 2026\nText.', { title: 'Budget', outlet: '', published: '' }],
    ['a date too far down to be the source’s', 'T\na\nb\nc\nd\ne\nf\n20 November 2026', { title: 'T', outlet: '', published: '' }],
  ])('%s', (_what, text, expected) => {
    expect(guessPastedSourceDetails(text)).toEqual(expected);
  });

  it('shortens a first line that is a paragraph', () => {
    const { title } = guessPastedSourceDetails(`${'word '.repeat(60)}\nmore`);
    expect(title.length).toBe(120);
    expect(title.endsWith('…')).toBe(true);
  });
});
