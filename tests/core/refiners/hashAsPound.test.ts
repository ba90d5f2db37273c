import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('hashAsPound', () => {
  it('reads "# 1m" and "# 1,000" as pounds', () => {
    expect(findMentions('They face a # 1m bill.')).toMatchObject([{ kind: 'money', unit: 'GBP', value: 1e6 }]);
    expect(findMentions('He was fined # 1,000.')).toMatchObject([{ kind: 'money', unit: 'GBP', value: 1000 }]);
  });
  it('leaves "#1" (number one) alone', () => {
    expect(findMentions('The song went to #1 in May.')[0]?.kind).not.toBe('money');
  });
});
