import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('qualifiers are read in their direction', () => {
  it('"more than N" needs a source value above N', () => {
    expect(verdict('The miners were trapped for more than 10 hours.', 'The miners were trapped for 14 hours.')).toBe('supported');
    expect(verdict('The miners were trapped for more than 10 hours.', 'The miners were trapped for 10 hours.')).not.toBe('supported');
  });
  it('"nearly N" is a little below N', () => {
    expect(verdict('He was trapped for nearly 40 hours.', 'He was trapped for 39 hours.')).toBe('supported');
    expect(verdict('He was trapped for nearly 40 hours.', 'He was trapped for 36 hours.')).not.toBe('supported');
    expect(verdict('He was trapped for nearly 40 hours.', 'He was trapped for 42 hours.')).not.toBe('supported');
  });
  it('"nearly N" restates "at least" a lower figure, never "at least N" itself (the hedge turned round)', () => {
    expect(verdict('Crews were helping at nearly 40 properties.', 'Crews were helping at at least 38 properties.')).toBe('supported');
    expect(verdict('Crews were helping at nearly 60 properties.', 'Crews were helping at at least 60 properties.')).not.toBe('supported');
  });
  it('"about N" is within rounding', () => {
    expect(verdict('About 1,300 homes were destroyed.', 'Officials said 1,280 homes were destroyed.')).toBe('supported');
    expect(verdict('About 1,300 homes were destroyed.', 'Officials said 1,200 homes were destroyed.')).not.toBe('supported');
  });
  it('"up to N" is a maximum', () => {
    expect(verdict('Up to 300 people may have died in the floods.', 'Officials said 300 people may have died in the floods.')).toBe('supported');
    expect(verdict('Up to 300 people may have died in the floods.', 'Officials said 400 people may have died in the floods.')).not.toBe('supported');
  });
  it('a bound that grossly understates is not support', () => {
    expect(verdict('The war has killed more than 100 people.', 'The war has killed 99,000 people.')).not.toBe('supported');
    expect(verdict('The war has killed more than 90,000 people.', 'The war has killed 99,000 people.')).toBe('supported');
  });
});

describe('"about" a small figure', () => {
  it('"about a mile" is not the source\'s "about half a mile"; "about two hours" still spans 1.5 to 2.5', () => {
    const mile = [{ id: 's', text: 'People living within about half a mile were told to stay indoors.' }];
    expect(checkDraft('People within about a mile were told to stay indoors.', mile)[0]?.verdict).not.toBe('supported');
    expect(checkDraft('People within about half a mile were told to stay indoors.', mile)[0]?.verdict).toBe('supported');
    const hours = [{ id: 's', text: 'The search lasted 105 minutes.' }];
    expect(checkDraft('The search lasted about two hours.', hours)[0]?.verdict).toBe('supported');
  });
});
