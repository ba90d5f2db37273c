import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Opener Stuart Thompson hit 56 as Ireland made 165-5 from their 20 overs in Greater Noida. It was not enough, with Samiullah Shenwari helping the Afghans to 171-4 with two overs to spare.' }];
const claimOn = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text);

describe('cricketResult: a result told by the game\'s arithmetic', () => {
  it('"won by six wickets" from the chase of 171-4', () => {
    const c = claimOn('Afghanistan beat Ireland by six wickets in Greater Noida.', 'six');
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence.length).toBe(2);
    expect(claimOn('Afghanistan beat Ireland by seven wickets in Greater Noida.', 'seven')?.verdict).not.toBe('supported');
  });
  it('"a target of 166" from the first innings of 165', () => {
    expect(claimOn('Afghanistan chased down a target of 166.', '166')?.verdict).toBe('supported');
    expect(claimOn('Afghanistan chased down a target of 172.', '172')?.verdict).not.toBe('supported');
  });
  it('"with 12 balls to spare" from "two overs to spare"', () => {
    expect(claimOn('Afghanistan won with 12 balls to spare.', '12')?.verdict).toBe('supported');
    expect(claimOn('Afghanistan won with 18 balls to spare.', '18')?.verdict).not.toBe('supported');
  });
});
