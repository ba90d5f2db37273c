// "4m views … with more than 44m.": the bare "44m" is millions, not metres.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('elidedMillions', () => {
  it('reads a bare "Nm" as millions beside another figure in millions', () => {
    const ms = findMentions('The clip drew nearly 4m views there, but a copy did far better, with more than 44m.');
    expect(ms.map((m) => [m.kind, m.value])).toEqual([['count', 4e6], ['count', 44e6]]);
  });
  it('leaves a length a length', () => {
    expect(findMentions('The tower is 44m.')[0]).toMatchObject({ kind: 'quantity', unit: 'm' });
    expect(findMentions('He ran 100m in 10 seconds and 200m in 20 seconds.').map((m) => m.unit)).toEqual(['m', 'second', 'm', 'second']);
  });
  it('so the source\'s "44m views" supports it', () => {
    const source = [{ id: 's', text: 'A copy on Facebook surpassed that to draw more than 44m views.' }];
    expect(checkDraft('It drew 4m views on YouTube, but a copy did better, with more than 44m.', source).find((c) => c.text.includes('44m'))?.verdict).toBe('supported');
  });
});
