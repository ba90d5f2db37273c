// A diagnosis is a case found: "828 new diagnoses a day" counts what "828 new cases diagnosed each
// day" counts, and a source that says so supports it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Cancer cases in England rose again. This is equivalent to 828 new cases diagnosed each day, the ONS said.' }];

describe('frames: diagnoses count cases', () => {
  it('supports "828 new diagnoses every day" by "828 new cases diagnosed each day"', () => {
    expect(checkDraft('That is the equivalent of 828 new diagnoses every day.', source)[0]?.verdict).toBe('supported');
  });
  it('still sets a wrong figure against it', () => {
    expect(checkDraft('That is the equivalent of 882 new diagnoses every day.', source)[0]?.verdict).not.toBe('supported');
  });
  it('leaves the verb "diagnosed" its own reading: "half those diagnosed have died" is a share of the diagnosed', () => {
    const survival = [{ id: 's', text: 'Median survival, the time it takes until half those diagnosed have died, rose to 5.8 years.' }];
    expect(checkDraft('Median survival, the time it takes for half of those diagnosed to die, rose to 5.8 years.', survival).find((c) => c.text === 'half')?.verdict).toBe('supported');
  });
});
