// A hedged draft figure restating a hedged source figure: read by the value the source reported.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a hedge restating a hedge', () => {
  it('"about N" restates "almost N", and "nearly N" a confirmed "at least" just below N', () => {
    expect(verdict('The flood killed about 2,000 people.', 'The flood killed almost 2,000 people.')).toBe('supported');
    expect(verdict('The blast killed nearly 30 people.', 'The blast killed at least 28 people.')).toBe('supported');
  });
  it('converts the source value before comparing: "about 40km" is "about 25 miles"', () => {
    expect(verdict('The village lies about 25 miles from the coast.', 'The village lies about 40km from the coast.')).toBe('supported');
  });
  it('the same bound restates itself: "more than 80" and "fewer than 300"', () => {
    expect(verdict('More than 80 homes were flooded.', 'More than 80 homes were flooded overnight.')).toBe('supported');
    expect(verdict('Fewer than 300 tickets were sold.', 'Organisers sold fewer than 300 tickets.')).toBe('supported');
  });
  it('still refuses a hedge the source value falls outside of', () => {
    expect(verdict('The blast killed nearly 30 people.', 'The blast killed at least 25 people.')).not.toBe('supported');
    expect(verdict('The flood killed about 2,400 people.', 'The flood killed almost 2,000 people.')).not.toBe('supported');
    // "more than N" is a threshold, not a count: "about 80" does not restate it.
    expect(verdict('About 80 homes were flooded.', 'More than 80 homes were flooded.')).not.toBe('supported');
  });
});
