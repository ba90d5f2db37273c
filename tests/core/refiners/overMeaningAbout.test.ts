import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('overMeaningAbout', () => {
  it('"over" after a word of dispute means "about": the figure is exact', () => {
    const [m] = findMentions('Hungary will not back down over three laws.');
    expect(m?.text).toBe('three');
    expect(m?.qualifier).toBeUndefined();
  });
  it('"over" after a noun of victory means "against": the figure is exact', () => {
    const [m] = findMentions('They reached the final after home wins over two league leaders.');
    expect(m?.text).toBe('two');
    expect(m?.qualifier).toBeUndefined();
    expect(findMentions('He won over 50 votes.')[0]).toMatchObject({ text: 'over 50', qualifier: 'more-than' });
  });
  it('"over" before a figure elsewhere bounds it', () => {
    expect(findMentions('Over 50 people came.')[0]).toMatchObject({ text: 'Over 50', qualifier: 'more-than' });
  });
});
