// Server search snippets reach the page as plain segments: PostgreSQL's ts_headline marks matches
// with <b>…</b>, and nothing else in a source's text may ever be read as markup.
import { describe, expect, it } from 'vitest';
import { headlineSegments } from '../../electron/services/newsroomService.ts';

describe('headlineSegments', () => {
  it('splits on the match marks', () => {
    expect(headlineSegments('Ridership <b>rose</b> 14 percent after the <b>fare</b> cut')).toEqual([
      { text: 'Ridership ', match: false },
      { text: 'rose', match: true },
      { text: ' 14 percent after the ', match: false },
      { text: 'fare', match: true },
      { text: ' cut', match: false },
    ]);
  });

  it('keeps any other tag-like text as text', () => {
    const parts = headlineSegments('a <script>alert(1)</script> and <b>budget</b>');
    expect(parts).toEqual([
      { text: 'a <script>alert(1)</script> and ', match: false },
      { text: 'budget', match: true },
    ]);
  });

  it('gives a snippet without matches back whole', () => {
    expect(headlineSegments('no marks here')).toEqual([{ text: 'no marks here', match: false }]);
    expect(headlineSegments('')).toEqual([]);
  });
});
