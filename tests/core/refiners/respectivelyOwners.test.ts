// "Smeda, Corlett and Crooks … jailed for 14, 15 and 12 years respectively": each figure is its
// person's, and a list of figures with one unit after the last takes that unit throughout.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'They included Patrick Smeda, of Cardiff, Carlos Corlett, of Liverpool and Anthony Crooks, of Newport, jailed for 14, 15 and 12 years respectively.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('elidedUnits: a list with its unit after the last figure', () => {
  it('"14, 15 and 12 years" is three lengths in years', () => {
    expect(findMentions('jailed for 14, 15 and 12 years respectively').map((m) => [m.kind, m.unit])).toEqual([['duration', 'year'], ['duration', 'year'], ['duration', 'year']]);
    expect(findMentions('Police arrested 3 and charged 2 people.').map((m) => m.kind)).toEqual(['count', 'count']);
  });
});

describe('respectivelyOwners', () => {
  it('each person has the figure in the place of their name', () => {
    expect(on('Carlos Corlett, of Liverpool, was jailed for 15 years.', '15 years')?.verdict).toBe('supported');
    expect(on('Patrick Smeda, of Cardiff, was jailed for 14 years.', '14 years')?.verdict).toBe('supported');
  });
  it('a figure given to the wrong person is contradicted by that person\'s', () => {
    const c = on('Patrick Smeda, of Cardiff, received the longest term, 15 years.', '15 years');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source gives Smeda '14'. Draft: '15 years'.");
  });
  it('a total of the three is no one person\'s', () => {
    expect(on('Anthony Crooks, of Newport, was jailed for 12, a combined 41 years for the three men.', '41')?.verdict).not.toBe('contradicted');
  });
});
