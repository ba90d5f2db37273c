import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{
  id: 's',
  text: 'The $12 billion ride-hailing service has been hit by complaints. Its new safety chief spent two decades tackling fraud. '
    + 'A rescue team searched the ruins for three days. Rahul Khanal, 27, was pulled out alive.',
}];
const claimOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('statedAmount', () => {
  it('the very amount in the same currency or unit is the source\'s statement, however it is framed', () => {
    expect(claimOf('The $12bn company has hired a safety chief.', '$12bn')?.verdict).toBe('supported');
    expect(claimOf('The new chief has two decades of experience fighting fraud.', 'two decades')?.verdict).toBe('supported');
    expect(claimOf('The new chief has 20 years of experience fighting fraud.', '20 years')?.verdict).toBe('supported');
  });
  it('another amount, scale or currency is not', () => {
    expect(claimOf('The $12m company has hired a safety chief.', '$12m')?.verdict).not.toBe('supported');
    expect(claimOf('The £12bn company has hired a safety chief.', '£12bn')?.verdict).not.toBe('supported');
    expect(claimOf('The new chief has three decades of experience.', 'three decades')?.verdict).not.toBe('supported');
  });
  it('never reads a bare count: the digits of an age are no count of buildings', () => {
    expect(claimOf('Rescuers searched 27 buildings.', '27')?.verdict).toBe('unsupported');
  });
  it('a hedged draft figure is left to the rules that read hedges', () => {
    expect(claimOf('The company is worth more than $12bn.', '$12bn')?.verdict).not.toBe('supported');
  });
});

describe('statedAmount: shares', () => {
  const shares = [{ id: 's', text: 'United had just 41% of possession. Health takes 25% of the budget.' }];
  it('a precise share is the source\'s, a round one needs more in common', () => {
    expect(checkDraft('United, who had 41% of the ball, lost.', shares)[0]?.verdict).toBe('supported');
    expect(checkDraft('A quarter of the budget goes on defence.', shares)[0]?.verdict).not.toBe('supported');
  });
});
