// "Six of the wounded" is a part of the wounded; a source's count of all of them is no support.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The blast killed two people and wounded eight. Of the eight wounded, three were in a serious condition on Sunday.';
const verdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }])[0]?.verdict;

describe('a part of a set against the whole set', () => {
  it('"eight of the wounded are in a serious condition" is not supported by "wounded eight"', () => {
    expect(verdict('Eight of the wounded are in a serious condition.')).not.toBe('supported');
  });
  it('the right part, and the whole itself, still are', () => {
    expect(verdict('Three of the wounded are in a serious condition.')).toBe('supported');
    expect(verdict('Eight people were wounded in the blast.')).toBe('supported');
  });
});

describe('partOfWhole: a part with a word for people before its "of"', () => {
  it('"around 10 people of those injured" is a part as "around 10 of the injured" is, so one supports the other', () => {
    const source = [{ id: 's', text: 'A police official on the spot said that around 10 people of those injured in the accident are in critical condition.' }];
    expect(checkDraft('An official at the scene said around 10 of the injured were in a critical condition.', source)[0]?.verdict).toBe('supported');
  });
});

describe('partOfWhole: a set that carries its size', () => {
  it('"about 79,600 of the cars" is the part "Some 79,600 of the 97,000 cars" states, not a count of the whole', () => {
    const source = [{ id: 's', text: 'Tesla delivered a record number of vehicles in the quarter. Some 79,600 of the 97,000 cars delivered were Model 3s.' }];
    expect(checkDraft('About 79,600 of the cars handed to customers were Model 3s.', source)[0]?.verdict).toBe('supported');
  });
});
