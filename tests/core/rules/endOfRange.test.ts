// "up to" a range's upper end, "at least" its lower end; what a count is worth is not what it counts.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string, text: RegExp) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => text.test(c.text))?.verdict;

describe('endOfRange', () => {
  const source = 'Scientists said the comet was an estimated 190 to 430 feet wide. The moon is about 239,000 miles away.';
  it('"up to 430 feet wide" restates the range\'s upper end, "at least 190 feet" its lower end', () => {
    expect(verdict('A comet up to 430 feet wide passed Earth.', source, /430/)).toBe('supported');
    expect(verdict('A comet at least 190 feet wide passed Earth.', source, /190/)).toBe('supported');
  });
  it('not the other end, nor a range framed worse than a bound of its own', () => {
    expect(verdict('A comet up to 190 feet wide passed Earth.', source, /190/)).not.toBe('supported');
    const auction = 'A diorama has an estimate of £4,000 to £6,000. A pair of cabinets are set to fetch up to £4,000.';
    expect(verdict('A pair of cabinets could fetch up to £6,000.', auction, /6,000/)).not.toBe('supported');
  });
});

describe('frames: worth and works', () => {
  it('"almost 500 plants worth £457,800" counts plants, as the source\'s "Almost 500 plants" does', () => {
    const source = 'Almost 500 cannabis plants with an estimated street value of £457,000 were seized. In one raid more than 300 plants worth £313,320 were recovered.';
    expect(verdict('Police seized almost 500 cannabis plants worth an estimated £457,800.', source, /500/)).toBe('supported');
  });
  it('"13 works" are the source\'s "13 artworks"', () => {
    const source = 'The guards were found tied up and 13 artworks including a Rembrandt were missing.';
    expect(verdict('By then 13 works had vanished.', source, /13/)).toBe('supported');
    expect(verdict('By then 15 works had vanished.', source, /15/)).not.toBe('supported');
  });
});

describe('frameConflict: a bound kept to and the figure itself stated', () => {
  const source = 'In one raid more than 300 plants worth an estimated £313,320 were recovered. Officers found 313 cannabis plants and arrested a man.';
  it('"313 plants" is the source\'s "313 cannabis plants", whatever else its sentence tells', () => {
    expect(verdict('Officers found 313 plants with an estimated street value of £313,320.', source, /^313$/)).toBe('supported');
    expect(verdict('Officers found 331 plants with an estimated street value of £313,320.', source, /^331$/)).not.toBe('supported');
  });
});

describe('frames: a list of groups told in words', () => {
  const source = 'Six of the injured were taken to hospital. One died there, one was flown to a trauma centre, one was released and three were being treated, the hospital said.';
  it('"three were still being treated" is the source\'s three, not the one released before the "and"', () => {
    expect(verdict('One was flown to a trauma centre, one was released and three were still being treated.', source, /^three$/)).toBe('supported');
    expect(verdict('One was flown to a trauma centre, one was released and four were still being treated.', source, /^four$/)).not.toBe('supported');
  });
});
