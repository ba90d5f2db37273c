import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const on = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => draft.slice(c.start, c.end).includes(figure));
const pages = "Manchester United's Facebook page has more than 70 million 'likes', while Rooney's has more than 25 million.";

describe('totalOfSourceParts', () => {
  it('a cued total of figures one source sentence gives side by side is supported, derived', () => {
    const c = on("The match will be streamed on Facebook. Rooney's page and United's have a combined following of more than 95 million.", pages, '95 million');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the source's 'more than 70 million' + 'more than 25 million' make 'more than 95 million'.");
    expect(on('The two clubs were fined £80,000 in total.', 'City were fined £50,000 and Chelsea £30,000.', '£80,000')?.verdict).toBe('supported');
  });
  it('needs the cue, the right sum, and parts of one kind', () => {
    // No cue: digits that add up say nothing.
    expect(on('The two clubs were fined £80,000.', 'City were fined £50,000 and Chelsea £30,000.', '£80,000')?.verdict).not.toBe('supported');
    expect(on('The two clubs were fined £90,000 in total.', 'City were fined £50,000 and Chelsea £30,000.', '£90,000')?.verdict).not.toBe('supported');
    // An exact total from lower bounds overstates what the source knows.
    expect(on("The two pages have a combined following of 95 million.", pages, '95 million')?.verdict).not.toBe('supported');
    // Goals and games are not one thing to add.
    expect(on('He has a combined 12 goals this season.', 'He scored 5 goals in 7 games.', '12')?.verdict).not.toBe('supported');
  });
  it('adds two figures of one noun in consecutive sentences for a total cued at the sentence\'s opening', () => {
    const source = [{ id: 's', text: 'Almost 7 000 tickets were sold on the first day. 6 000 tickets more were booked.' }];
    const verdict = (draft: string) => checkDraft(draft, source)[0]?.verdict;
    expect(verdict('Taken together, the roughly 13,000 tickets sold or reserved amount to most of the stock.')).toBe('supported');
    expect(verdict('In all, 13,000 tickets were sold or booked.')).toBe('unsupported');
    expect(verdict('In all, 14,000 tickets were sold or booked.')).toBe('unsupported');
    // Without the cue, a figure is a level, and the source's parts are no support for it.
    expect(verdict('Some 13,000 tickets were sold on the first day.')).not.toBe('supported');
  });
  it('"All 165 people aboard" is the whole of "157 passengers and eight crew members"', () => {
    const plane = [{ id: 's', text: 'MANILA – A Boeing passenger plane from China skidded off a runway while landing in a downpour at Manila’s airport and its 157 passengers and eight crew members were evacuated on an emergency slide, officials said.' }];
    expect(checkDraft('All 165 people aboard flight MF8667 were evacuated down an emergency slide and taken to a terminal.', plane).find((c) => c.text === '165')?.verdict).toBe('supported');
    expect(checkDraft('All 175 people aboard flight MF8667 were evacuated down an emergency slide and taken to a terminal.', plane).find((c) => c.text === '175')?.verdict).not.toBe('supported');
  });
});

describe('totalOfSourceParts: a running total is no part', () => {
  const PARISHES = 'Eight additional parishes had been approved for inclusion in the federal disaster declaration, bringing the total to 20, Edwards said.';
  it('adds nothing to the total the source carries the parts to', () => {
    expect(on('Eight more parishes were added to the declaration, bringing the total to 28.', PARISHES, '28')?.verdict).not.toBe('supported');
    expect(on('Eight more parishes were added to the declaration, bringing the total to 20.', PARISHES, '20')?.verdict).toBe('supported');
  });
});
