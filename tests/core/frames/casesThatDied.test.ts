// "14 cases had died": the cases a disease report counts are people, and a verb of death after
// them makes the figure deaths ("14 have died"), not infections.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'Among these confirmed cases, 9 cases were still hospitalised, 343 cases were discharged, and 14 cases had died.';

describe('cases that died', () => {
  it('"14 have died" is the source\'s "14 cases had died"', () => {
    expect(verdictOf('Of those patients, 14 have died and 343 have been discharged.', source, '14')).toBe('supported');
    expect(verdictOf('Of those patients, 16 have died and 343 have been discharged.', source, '16')).not.toBe('supported');
  });
  it('but "170 infections and 50 deaths" counts infections', () => {
    expect(verdictOf('There were fewer than 200 deaths.', 'There were around 170 infections and 50 deaths.', '200')).not.toBe('supported');
  });
});
