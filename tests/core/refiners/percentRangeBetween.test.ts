import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// "between 2% and 4%" is one range of shares, as "between 2-4%" and "2% to 4%" are.
describe('a range of shares after "between"', () => {
  it('reads as one range', () => {
    expect(findMentions('Fares would fall by between 2% and 4%, he said.').map((m) => [m.kind, m.value, m.high])).toEqual([['percent', 2, 4]]);
    expect(findMentions('between 2 per cent and 4 per cent of sales').map((m) => [m.kind, m.value, m.high])).toEqual([['percent', 2, 4]]);
  });
  it('meets the source\'s "between 2-4%"', () => {
    const source = [{ id: 's', text: 'Efficiencies would see fares falling by between 2-4% next year.' }];
    expect(checkDraft('Fares would fall by between 2% and 4% next year, he said.', source).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});
