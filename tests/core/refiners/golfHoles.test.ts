import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// Golf copy names a hole by its bare number after "at": in a sentence that scores holes, the number
// is the hole's place in the round, the draft's "fourth".
describe('golfHoles', () => {
  it('reads "birdies at four, five and seven" as holes', () => {
    expect(findMentions('Birdies at four, five and seven kept him in control.').map((m) => [m.kind, m.value])).toEqual([['ordinal', 4], ['ordinal', 5], ['ordinal', 7]]);
  });
  it('leaves counts alone: "led by four at two under", and sentences that score no hole', () => {
    expect(findMentions('He birdied three holes and led by four.').map((m) => m.kind)).toEqual(['count', 'count']);
    expect(findMentions('The bus arrived at four and left at five.').map((m) => m.kind).includes('ordinal')).toBe(false);
  });
  it('meets the draft\'s ordinals', () => {
    const source = [{ id: 's', text: 'Lowry bogeyed the opening hole, but birdies at four, five and seven kept him in control.' }];
    const claims = checkDraft('Lowry bogeyed the opening hole but birdied the fourth, fifth and seventh.', source);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported', 'supported']);
  });
});
