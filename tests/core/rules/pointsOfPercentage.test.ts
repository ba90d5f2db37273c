import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Punctuality at the operator improved, with on-time arrivals increasing by 9pp to 70.9%. Economists expect unemployment to average 5.5% this year, down 0.1 percentage points from last month\'s forecast.' }];

describe('pointsOfPercentage', () => {
  it('"points" beside a percentage are the source\'s percentage points of the same value', () => {
    const [c] = checkDraft('The operator improved the most, gaining 9 points to reach 70.9%.', source);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('percentage points');
    const claims = checkDraft('Unemployment is expected to average 5.5% this year, 0.1 points lower than last month\'s forecast.', source);
    expect(claims.find((k) => k.text.includes('0.1'))?.verdict).toBe('supported');
  });

  it('a value no source gives stays unsupported', () => {
    const claims = checkDraft('The operator improved the most, gaining 8 points to reach 70.9%.', source);
    expect(claims.find((k) => k.text.startsWith('8'))?.verdict).not.toBe('supported');
  });

  it('"points" with no percentage in the sentence are no percentage points (an index, a team)', () => {
    const claims = checkDraft('The home side finished 9 points ahead of their rivals.', source);
    expect(claims.find((k) => k.text.startsWith('9'))?.verdict).not.toBe('supported');
  });
});
