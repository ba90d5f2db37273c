import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = (n: string) => [{ id: 's', text: `Bueno played for Derby on loan ${n} years ago, but with just five goals in 29 games he looked nothing special.` }];
const years = (draft: string, n: string) => checkDraft(draft, source(n)).find((c) => c.kind === 'duration')?.verdict;
const draft = 'Bueno endured a forgettable loan spell at Derby. Five years on, the striker faces his old club Real Madrid.';

describe('timeOnAsAgo', () => {
  it('"Five years on," after the event is the source\'s "five years ago"', () => {
    expect(years(draft, 'five')).toBe('supported');
  });
  it('not another length, nor a length that does not open its sentence', () => {
    expect(years(draft, 'six')).not.toBe('supported');
    expect(years('Bueno endured a forgettable loan spell at Derby that lasted five years on and off.', 'five')).not.toBe('supported');
  });
});

describe('timeOnAsAgo: "five years earlier"', () => {
  const crowd = [{ id: 's', text: 'The average crowd at Kingsway is now 5,100, up from 3,270 in League Two just five years ago.' }];
  const length = (draft: string) => checkDraft(draft, crowd).find((c) => c.kind === 'duration')?.verdict;
  it('counts back from the story\'s own time, as the source\'s "ago" does', () => {
    expect(length('Kingsway now averages 5,100, up on the 3,270 it drew in League Two five years earlier.')).toBe('supported');
    expect(length('Kingsway now averages 5,100, up on the 3,270 it drew in League Two seven years earlier.')).not.toBe('supported');
  });
});

describe('timeOnAsAgo: "… 25 years on." closing a sentence', () => {
  const heist = [{ id: 's', text: 'Detectives still want to know who took the paintings from the museum 25 years ago.' }];
  const length = (draft: string) => checkDraft(draft, heist).find((c) => c.kind === 'duration')?.verdict;
  it('is the time since the event the source dates that long ago', () => {
    expect(length('The paintings were taken in a night raid. Their empty frames still hang in the museum 25 years on.')).toBe('supported');
    expect(length('The paintings were taken in a night raid. Their empty frames still hang in the museum 30 years on.')).not.toBe('supported');
  });
  it('not "on" opening a phrase of its own', () => {
    expect(length('The paintings were taken in a night raid. The museum spent 25 years on the search.')).not.toBe('supported');
  });
});
