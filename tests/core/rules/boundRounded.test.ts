// A hedge restated on the source's figure rounded its own way ("more than 25,000" for "more than
// 25,600") is the same statement; rounded past the next round figure ("over 40" for "more than
// 50") it understates the source. A twin of the hedge alone gives way to a better-framed figure
// that establishes the draft's bound.
import { describe, expect, it } from 'vitest';
import { roundedOutward } from '../../../core/check/rules/boundTwin.ts';
import { verdictOf } from '../verdictOf.ts';

describe('roundedOutward', () => {
  it('is the first round figure below (or above) the source\'s', () => {
    expect(roundedOutward(25_000, 25_600, true)).toBe(true);
    expect(roundedOutward(1_500, 1_535, true)).toBe(true);
    expect(roundedOutward(40, 50, true)).toBe(false);
    expect(roundedOutward(30, 27, false)).toBe(true);
    expect(roundedOutward(50, 27, false)).toBe(false);
  });
});

describe('boundTwin: the same hedge, rounded', () => {
  const source = 'Residents have already filed more than 25,600 flood insurance claims. The collapse left more than 50 people missing.';
  it('"more than 25,000 claims" restates "more than 25,600 claims"', () => {
    expect(verdictOf('Residents have lodged more than 25,000 flood insurance claims.', source, 'more than 25,000')).toBe('supported');
  });
  it('"over 40 missing" understates "more than 50 missing"', () => {
    expect(verdictOf('The collapse left over 40 people missing.', source, 'over 40')).not.toBe('supported');
  });
  it('a hedge twin that counts something else gives way to the figure that counts the draft\'s', () => {
    const treated = 'Some 12,211 people have been treated for a wide range of injuries, including more than 1,535 people who were hospitalized.';
    expect(verdictOf('More than 12,000 people have been treated for injuries.', treated, 'More than 12,000')).toBe('supported');
    expect(verdictOf('More than 13,000 people have been treated for injuries.', treated, 'More than 13,000')).not.toBe('supported');
  });
});

describe('frames: a figure that opens a clause after "and" is not counted by the verb before it', () => {
  const source = 'A rock burst killed four miners and trapped 57 others. Four miners were killed in the rock blast on Thursday evening and 14 managed to escape, Xinhua said.';
  it('"Four miners were killed and 14 managed to escape" is the source\'s 14, not a contradiction of its four', () => {
    expect(verdictOf('Four miners were killed and 14 managed to escape, Xinhua reported.', source, '14')).toBe('supported');
  });
});
