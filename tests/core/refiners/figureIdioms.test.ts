import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('figureIdioms', () => {
  it('"one of the …" names a member of a group, not a count', () => {
    expect(findMentions("She is one of the world's best-known authors.")).toEqual([]);
  });
  it('"100% start" is sports writing for an unbeaten run', () => {
    expect(findMentions('United kept their 100% start.')).toEqual([]);
    expect(findMentions('Turnout was 100% in the village.')).toHaveLength(1);
  });
  it('names of rounds and formats are no figures', () => {
    expect(findMentions('The win secured a quarter-final place.')).toEqual([]);
    expect(findMentions('Afghanistan won the one-day international.')).toEqual([]);
    expect(findMentions('Afghanistan won the one-day Twenty20 international.').map((m) => m.text)).not.toContain('one-day');
    expect(findMentions('Nurses began a one-day strike on Friday.').map((m) => m.text)).toContain('one-day');
    expect(findMentions('They lost a quarter of the area.')).toHaveLength(1);
  });
  it('keeps "one" as a count elsewhere', () => {
    expect(findMentions('One person died.')).toHaveLength(1);
  });
});

describe('figureIdioms: "one of his abductors" names one member', () => {
  const source = [{ id: 's', text: 'Police said he eventually found himself alone with one of his abductors, and the two men traded blows.' }];
  it('is no figure of the draft\'s, yet supports the draft\'s "one abductor"', () => {
    expect(checkDraft('He is one of the world\'s best-known singers.', source)).toEqual([]);
    expect(checkDraft('He found himself alone with one abductor.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('He found himself alone with three abductors.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('figureIdioms: "from one minute to the next"', () => {
  it('states no count; "from one site to two" still does', () => {
    expect(findMentions('Octopuses change colour and shape from one minute to the next.')).toEqual([]);
    expect(findMentions('The firm grew from one site to two.').map((m) => m.text)).toEqual(['one', 'two']);
  });
});

describe('figureIdioms: "not the first time", "one week at a time"', () => {
  it('state no rank or count; "the first time she has won" still does', () => {
    expect(findMentions('It is not the first time she has made headlines.')).toEqual([]);
    expect(findMentions("It isn't the first time she has made headlines.")).toEqual([]);
    expect(findMentions('He intends to take things one week at a time.')).toEqual([]);
    expect(findMentions('It is the first time she has won.').map((m) => m.text)).toEqual(['first']);
  });
});

describe('figureIdioms: "the one" as a pronoun', () => {
  it('"matched the one recorded at the end of 2015", "the one that got away" count nothing; "the one injured man" counts one', () => {
    expect(findMentions('The annual rate matched the one recorded at the end of 2015.').map((m) => m.text)).toEqual(['2015']);
    expect(findMentions('He was the one that got away.')).toEqual([]);
    expect(findMentions('The one injured man was saved.').map((m) => m.value)).toEqual([1]);
    expect(findMentions('The one goal came late.').map((m) => m.value)).toEqual([1]);
  });
});

describe('figureIdioms: "at one point", "one-off"', () => {
  it('a moment told or a thing that happens once by its nature counts nothing; "at one end", "One point separated them" still count', () => {
    expect(findMentions('At one point it was up nearly 400 points.').map((m) => m.text)).toEqual(['nearly 400']);
    expect(findMentions('At one stage five players were tied.').map((m) => m.text)).toEqual(['five']);
    expect(findMentions('It booked 392 million euros of one-off costs.').map((m) => m.text)).toEqual(['392 million euros']);
    expect(findMentions('He scored at one end.').map((m) => m.value)).toEqual([1]);
    expect(findMentions('One point separated them.').map((m) => m.value)).toEqual([1]);
  });
});
