import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('ellipticOrdinals', () => {
  it('"a third" after a count of two is the third of them, not a share', () => {
    const m = findMentions('He robbed two shops in Leeds and tried to rob a third in York.').find((x) => x.text.includes('third'));
    expect(m?.kind).toBe('ordinal');
    expect(m?.value).toBe(3);
  });
  it('a share keeps its reading: "a third of the shops", "a third" with no count before it', () => {
    expect(findMentions('He robbed two shops, a third of the shops in the street.').find((x) => x.text.includes('third'))?.kind).toBe('fraction');
    expect(findMentions('Prices rose by a third.').find((x) => x.text.includes('third'))?.kind).toBe('fraction');
  });
  it('so it meets the source\'s "a third shop"', () => {
    const source = [{ id: 's', text: 'He is accused of robbing two shops in Leeds last year and attempting to rob a third shop in York.' }];
    expect(checkDraft('He is accused of robbing two shops in Leeds and attempting to rob a third in York.', source).find((c) => c.text.includes('third'))?.verdict).toBe('supported');
  });
  it('continues a series as well as a count: "a second inquest in 2012 …, and a third, in 2017"', () => {
    const ms = findMentions('A second inquest in 2012 could not say how he died, and a third, in 2017, found he fell.');
    expect(ms.find((m) => m.text === 'third')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(findMentions('A third of voters stayed at home.')[0]).toMatchObject({ kind: 'fraction' });
  });
});
