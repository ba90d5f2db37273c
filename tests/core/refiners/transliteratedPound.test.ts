import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('transliteratedPound', () => {
  it('reads "PS640" and "PS2.5m" in ASCII-folded copy as pounds', () => {
    expect(findMentions('He lost around 4,000 reais (PS640) at the bar.')[1]).toMatchObject({ kind: 'money', unit: 'GBP', value: 640, text: 'PS640' });
    expect(findMentions('The club paid PS2.5m for him.')).toMatchObject([{ kind: 'money', unit: 'GBP', value: 2.5e6, text: 'PS2.5m' }]);
    expect(findMentions('Tickets cost PS1,200 each.')).toMatchObject([{ kind: 'money', unit: 'GBP', value: 1200 }]);
  });
  it('leaves a console name and a text that kept its pound sign alone', () => {
    expect(findMentions('Sony sold the PS5 at a loss.')[0]?.kind).not.toBe('money');
    expect(findMentions('He paid £5 for the PS640 cable.').find((m) => m.text === 'PS640')?.kind).not.toBe('money');
  });
});
