// "half a million Australian dollars" is an amount in Australian dollars, as "A$500,000" is.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('nationalDollars', () => {
  it('reads a dollar named by its country as that currency', () => {
    expect(findMentions('The house sold for 900,000 Canadian dollars.').map((m) => [m.text, m.kind, m.unit])).toEqual([['900,000 Canadian dollars', 'money', 'CAD']]);
    expect(findMentions('He paid 40 New Zealand dollars.').map((m) => [m.text, m.unit])).toEqual([['40 New Zealand dollars', 'NZD']]);
  });
  it('compares with the source\'s amount in the same currency', () => {
    const source = [{ id: 's', text: 'The collection is estimated to be worth A$500,000 (£300,000).' }];
    expect(checkDraft('The collection is valued at about half a million Australian dollars.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The collection is valued at about half a million Canadian dollars.', source)[0]?.verdict).not.toBe('supported');
  });
  it('leaves a count before another word a count', () => {
    expect(findMentions('There were 40 Australian players.').map((m) => m.kind)).toEqual(['count']);
  });
});
