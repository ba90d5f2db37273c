// Sentences a box used to lose whole: a main verb after an interrupting "when" clause, a "not …
// yet" ending, a subject a restrictive clause identifies, and a report whose outlet closes it.
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/index.ts';
import { danglingEnd, statementProblems } from '../../core/factbox/bulletShape.ts';

describe('statement shape', () => {
  it('a main verb after an interrupting subordinate clause is the statement\'s own', () => {
    expect(statementProblems('The van that struck Ms Okafor on her bicycle when she turned into the lane drove off without stopping')).toEqual([]);
    expect(statementProblems('Woman in her 40s cycling to work when she was struck by a van')).not.toEqual([]);
    expect(statementProblems('Woman cycling home when she turned and fell')).not.toEqual([]);
  });
  it('"not … yet" ends on an adverb', () => {
    expect(danglingEnd('The council said the bridge was not open yet')).toBe(false);
    expect(danglingEnd('The bridge was finished, yet')).toBe(true);
  });
});

const STORY = [
  'A woman has died after being struck by a van while cycling to work in Leeds - a year after her husband was hurt on the same road.',
  'Ms Okafor, 44, was cycling along Kirkstall Road when she was struck by a white van at a busy roundabout.',
  'Neighbours said that her husband had been hit at the same roundabout last May, when a lorry knocked him off his bike, according to the Yorkshire Evening Post.',
  'The van that struck Ms Okafor on her bicycle when she turned into the lane drove off without stopping.',
  'A council spokesman said that the new cycle lane was not open yet and had no signs.',
].join(' ');

describe('a box keeps the facts those sentences give', () => {
  const box = suggestFactBox([{ id: 's', text: STORY }]).map((b) => b.text);
  it('the hit-and-run and the unopened lane', () => {
    expect(box.some((b) => /^The van that struck Ms Okafor .* drove off without stopping$/.test(b))).toBe(true);
    expect(box.some((b) => /said the new cycle lane was not open yet/.test(b))).toBe(true);
  });
  it('a report with its speaker, without the outlet that closed it', () => {
    const short = suggestFactBox([{ id: 's', text: STORY.split('. ').slice(0, 3).join('. ') + '.' }]).map((b) => b.text);
    expect(short.some((b) => /^Neighbours said (?:that )?her husband had been hit at the same roundabout last May/.test(b))).toBe(true);
    expect(short.some((b) => /Evening Post/.test(b))).toBe(false);
  });
});

describe('a "whether" question keeps its adjunct', () => {
  it('"… investigate whether the family was made ill" is never cut before "after a fumigation"', () => {
    const story = 'A family of four fell seriously ill at a holiday resort in the Caribbean. '
      + 'The agency said it is investigating whether the family was made ill after a fumigation at the resort.';
    for (const b of suggestFactBox([{ id: 's', text: story }])) expect(b.text).not.toMatch(/made ill$/);
  });
});
