// Second place named "runner-up".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The trainer let the unbeaten 4-7 favourite race after he walked the course, and she beat runner-up Vintage Folly by a length and three quarters.' }];
const second = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;

describe('runnerUp', () => {
  it('"beat Vintage Folly into second" is the source\'s "beat runner-up Vintage Folly"', () => {
    expect(second('The favourite beat Vintage Folly into second by a length and three quarters.')).toBe('supported');
  });
  it('not another horse, nor another place', () => {
    expect(second('The favourite beat Magical Memory into second by a length and three quarters.')).not.toBe('supported');
    expect(second('The favourite beat Vintage Folly into third by a length and three quarters.')).not.toBe('supported');
  });
  it('reads betting odds as a pair: "the 4-7 favourite" is no range of four to seven', () => {
    expect(checkDraft('The 4-7 favourite beat Vintage Folly.', source).find((c) => c.text === '4-7')?.verdict).toBe('supported');
    expect(checkDraft('The 4-6 favourite beat Vintage Folly.', source).find((c) => c.text === '4-6')?.verdict).not.toBe('supported');
  });
});
