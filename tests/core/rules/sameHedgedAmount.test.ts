import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// The 31.5 sq km shares "late 1960s" with the draft; the 375 shares only its own words.
const source = [{ id: 's', text: 'Four decades ago the Alpine glaciers spanned some 375 sq km. Its area today is just over 30 sq km, a shade smaller than the 31.5 sq km in the late 1960s/early 1970s.' }];
const figure = (draft: string): string | undefined => checkDraft(draft, source).find((c) => c.text.includes('sq km'))?.verdict;

describe('sameHedgedAmount', () => {
  it('an amount hedged in the same words is the source\'s statement, though another figure shares more words', () => {
    expect(figure('The glaciers have lost a third of their area, shrinking from some 375 sq km in the late 1960s.')).toBe('supported');
  });
  it('another hedge leaves the better-framed figure to decide', () => {
    expect(figure('The glaciers have lost a third of their area, shrinking from about 375 sq km in the late 1960s.')).not.toBe('supported');
  });
  it('another amount is not stated', () => {
    expect(figure('The glaciers have lost a third of their area, shrinking from some 357 sq km in the late 1960s.')).not.toBe('supported');
  });
});
