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
});
