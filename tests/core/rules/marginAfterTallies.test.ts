import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The Conservatives control 44 councils and Labour 37 after the count.' }];

describe('marginAfterTallies', () => {
  it('"44 authorities against Labour\'s 37, a lead of seven" is the gap between the two tallies', () => {
    const c = checkDraft('The Conservatives had overall control of 44 authorities against Labour\'s 37, a lead of seven.', source).find((k) => k.text === 'seven');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Derived');
  });
  it('a gap the tallies do not give is not supported', () => {
    expect(checkDraft('The Conservatives had overall control of 44 authorities against Labour\'s 37, a lead of nine.', source).find((k) => k.text === 'nine')?.verdict).not.toBe('supported');
  });
});
