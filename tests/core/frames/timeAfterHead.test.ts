// "17 outbreaks last year": a time adverbial after the counted noun says when; its noun is never
// the noun counted.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { analyseText } from '../../../core/check/analyseText.ts';

const source = [{ id: 's', text: 'Last year, the CDC recorded 17 outbreaks, including three in New York State. The airport handled 218,000 flights on its three runways in 2019.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

const headOf = (text: string, figure: string) => analyseText(text).mentions.find((a) => text.slice(a.m.start, a.m.end) === figure)?.frame.head;

describe('a time adverbial after the noun', () => {
  it('is no head: "17 outbreaks last year", "five goals this season"', () => {
    expect(headOf('The CDC recorded 17 outbreaks last year, four of them in New York State.', '17')).toBe('outbreak');
    expect(headOf('He has scored five goals this season for the club.', 'five')).toBe('goal');
  });
  it('"17 outbreaks last year" counts outbreaks', () => {
    expect(on('The CDC recorded 17 outbreaks last year, three of them in New York State.', '17')?.verdict).toBe('supported');
    expect(on('The CDC recorded 19 outbreaks last year, three of them in New York State.', '19')?.verdict).not.toBe('supported');
  });
  it('"on its three runways last year" counts runways', () => {
    expect(on('The airport handled 218,000 flights on its three runways last year.', 'three')?.verdict).toBe('supported');
  });
});
