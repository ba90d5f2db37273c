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

describe('"respectively" after a pair of places, with figures in brackets', () => {
  const SOURCE = [{ id: 's', text: 'The cold spell went on, with parts of Kent and Essex recording lows of -9C and -7C respectively. '
    + 'Trains cancelled on Southern and Greater Anglia reached 48 (6%) and 73 (9%) respectively. Southern cut 120 trains from its timetable.' }];
  const on = (draft: string, figure: string) => checkDraft(draft, SOURCE).find((c) => c.text === figure);
  it('pairs the names joined by "and" nearest the figures with them, in order', () => {
    expect(on('Parts of Kent and Essex recorded -9C and -7C respectively.', '-9C')?.verdict).toBe('supported');
    expect(on('Parts of Essex and Kent recorded -9C and -7C respectively.', '-9C')?.verdict).toBe('contradicted');
  });
  it('leaves a figure\'s bracketed aside out of the list', () => {
    expect(on('Cancellations on Southern reached 73 on the day.', '73')?.verdict).toBe('contradicted');
    expect(on('Cancellations on Southern reached 48 on the day.', '48')?.verdict).toBe('supported');
  });
  it('an owner read from the subject keeps its other figures the sources give it', () => {
    expect(on('Southern has cut 120 trains.', '120')?.verdict).toBe('supported');
  });
});
