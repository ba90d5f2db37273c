import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';
import { sharedSubjectPredicates } from '../../core/factbox/sharedSubjectPredicates.ts';
import { tokenize } from '../../core/factbox/factText.ts';
import { findAsides } from '../../core/factbox/findAsides.ts';
import { statementProblems } from '../../core/factbox/bulletShape.ts';

/** The second predicates one sentence gives, as "subject + predicate" strings. */
function lifted(sentence: string): string[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  return sharedSubjectPredicates(tokens, findAsides(tokens), []).map(({ subject, at }) =>
    [...subject.map(([a, b]) => tokens.slice(a, b).map((t) => t.raw).join(' ').replace(/,$/, '')), tokens.slice(at).map((t) => t.raw).join(' ')].join(' '));
}

describe('fact-box statements: a named subject\'s second predicate', () => {
  it('lifts a second predicate that an auxiliary opens, without the appositive age', () => {
    expect(lifted('Mary Okafor, 41, left Dover on her yacht in early May and had not been heard from in 40 days when she was found by a tanker.'))
      .toEqual(['Mary Okafor had not been heard from in 40 days when she was found by a tanker.']);
    expect(lifted('Tom Hale crashed his car into a wall on Friday and was taken to hospital with head injuries.'))
      .toEqual(['Tom Hale was taken to hospital with head injuries.']);
  });

  it('lifts a past tense after a first predicate in the simple past', () => {
    expect(lifted('Ann Price joined Rovers from Leeds in 2010 and scored 40 goals in four seasons.'))
      .toEqual(['Ann Price scored 40 goals in four seasons.']);
  });

  it('does not lift a participle that shares the first predicate\'s auxiliary', () => {
    // "Tom Hale charged with murder" would make him the one who charged.
    expect(lifted('Tom Hale was arrested at his home on Friday and charged with murder.')).toEqual([]);
  });

  it('does not lift a predicate that a clause between may own, nor one of a pronoun, a description or the police', () => {
    expect(lifted('Tom Hale said the man ran from the shop and was caught by a guard.')).toEqual([]);
    expect(lifted('Tom Hale left the pub after the landlord closed the bar and locked the doors.')).toEqual([]);
    expect(lifted('He took the boat out in May and was never seen again.')).toEqual([]);
    expect(lifted('A man took the boat out in May and was never seen again.')).toEqual([]);
    expect(lifted('Police stopped the car on the M4 and found two guns.')).toEqual([]);
  });

  it('gives the box the fact a second predicate holds, named and whole', () => {
    const text = 'The last time Ben Cole spoke to his daughter, she was sailing off the coast of Cornwall. '
      + 'Mary Cole, 29, took her yacht out in early May and had not been heard from in 40 days when she was found by a tanker. '
      + 'Her father said she is an experienced sailor. '
      + 'She survived on tinned fish and rainwater, she told reporters.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    const lift = bullets.find((b) => b.text.startsWith('Mary Cole had not been heard from in 40 days'));
    expect(lift).toBeDefined();
    expect(statementProblems(lift!.text)).toEqual([]);
    // Cited from the source's own words: the subject, then the predicate.
    expect(lift!.citations.map((c) => text.slice(c.start, c.end))).toEqual(['Mary Cole', expect.stringMatching(/^had not been heard from in 40 days/)]);
  });
});
