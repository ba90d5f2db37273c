// A first told with "since" and a year is the same first in any occasion noun.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Burundi are out of their first tournament since 1986 after losing to Mali.' }];
const first = (draft: string) => checkDraft(draft, source).find((c) => c.text.toLowerCase() === 'first');

describe('firstSince', () => {
  it('"at the finals for the first time since 1986" is the source\'s "first tournament since 1986"', () => {
    const c = first('Burundi, at the finals for the first time since 1986, are out.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: 'first tournament since 1986'. Draft: 'first time since 1986'.");
  });
  it('another year, or a first of a named thing, is not this first', () => {
    expect(first('Burundi, at the finals for the first time since 1990, are out.')?.verdict).not.toBe('supported');
    expect(first('Burundi lost their first match since 1986.')?.verdict).not.toBe('supported');
  });
});

describe('firstSince: the source\'s first is the occasion', () => {
  const source = [{ id: 's', text: 'An African lion cub was born Tuesday at Fresno Chaffee Zoo, marking the first time since 1968 that such a birth has occurred there.' }];
  const verdict = (draft: string) => checkDraft(draft, source).find((c) => c.text === 'first')?.verdict;
  it('"its first African lion birth since 1968" is that first, where the sentences tell the same event', () => {
    expect(verdict('Fresno Chaffee Zoo is celebrating its first African lion birth since 1968 after a cub was born.')).toBe('supported');
    expect(verdict('Fresno Chaffee Zoo is celebrating its first African lion birth since 1978 after a cub was born.')).not.toBe('supported');
    expect(verdict('The city council passed its first budget since 1968 on Tuesday.')).not.toBe('supported');
  });
});
