import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../electron/shared/ipcContract.ts';
import { searchSnippet } from '../../electron/store/searchSnippet.ts';
import { searchTerms } from '../../electron/shared/searchTerms.ts';

const snippet = (text: string, query: string, title = 'Title') => searchSnippet(text, title, searchTerms(query));
const marked = (s: Snippet) => s.filter((part) => part.match).map((part) => part.text);
const plain = (s: Snippet) => s.map((part) => part.text).join('');
const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

describe('searchSnippet', () => {
  it('shows the place where the words come together, not the first place one of them appears', () => {
    const text = `The council met. ${filler(200)} Later the council said 45 people were injured. ${filler(200)}`;
    const s = snippet(text, 'council injured');
    expect(marked(s)).toEqual(['council', 'injured']);
    expect(plain(s)).toMatch(/^….*the council said 45 people were injured\..*…$/);
  });

  it('stays a line long in a huge single-line text, cut at spaces', () => {
    const text = `${filler(100_000)} the council said ${filler(100_000)}`;
    const s = snippet(text, 'council');
    expect(plain(s).length).toBeLessThan(260);
    expect(plain(s)).toMatch(/^…word\d+ .* word\d+…$/);
  });

  it('highlights the whole word a prefix starts, and only whole words for the others', () => {
    expect(marked(snippet('The councillor and the council committee.', 'council comm'))).toEqual(['council', 'committee']);
    expect(marked(snippet('Costs rose; the council said so.', 'co'))).toEqual(['Costs', 'council']);
  });

  it('matches accents and case as the index does', () => {
    expect(marked(snippet('Zelenskyy met Macron at the Élysée.', 'elysee'))).toEqual(['Élysée']);
    expect(marked(snippet('Zelenskyy met Macron at the ELYSEE.', 'élysée'))).toEqual(['ELYSEE']);
    expect(marked(snippet('Talks at the E\u0301lyse\u0301e went on.', 'elysee'))).toEqual(['E\u0301lyse\u0301e']);
    expect(marked(snippet('Удар по заводу «Купол».', 'купол'))).toEqual(['Купол']);
  });

  it('falls back to the title, then to the opening of the text', () => {
    expect(snippet('Text about air defence.', 'tor', 'Tor missile systems')).toEqual([
      { text: 'Tor', match: true }, { text: ' missile systems', match: false },
    ]);
    expect(snippet('Text about air defence.', 'zzz')).toEqual([{ text: 'Text about air defence.', match: false }]);
  });
});
