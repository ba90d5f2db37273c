import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { readMentions } from '../../../core/mentions/configuration.ts';
import { tokenize } from '../../../core/text/tokenize.ts';

/** Every mention the checker reads, implied ones included (findMentions lists only written figures). */
const read = (text: string) => readMentions(text, tokenize(text)).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);

describe('collectiveNumbers', () => {
  it('reads "the trio" as three and "the pair" as two, not "a pair of boots"', () => {
    const text = 'The trio left with the pair after buying a pair of boots.';
    expect(read(text)).toEqual([['trio', 3, undefined], ['pair', 2, undefined]]);
    expect(findMentions(text)).toEqual([]);
  });
  it('a source\'s "the visiting trio" supports a draft\'s "three visiting players"', () => {
    const source = [{ id: 's', text: 'The coach said the visiting trio had trained well all week.' }];
    expect(checkDraft('The coach praised three visiting players for their training.', source)[0]?.verdict).toBe('supported');
  });
  it('never contradicts another count: what it counts is too loosely told', () => {
    const source = [{ id: 's', text: 'Within days the pair started talking online.' }];
    expect(checkDraft('The girl said she was 14 when they started talking online.', source)[0]?.verdict).not.toBe('contradicted');
  });
  it('a draft\'s "the trio" is not put to the editor', () => {
    expect(checkDraft('The trio were arrested.', [{ id: 's', text: 'Four men were arrested.' }])).toEqual([]);
  });
  it('a hat-trick is three: "scored three tries" is the source\'s "scored a hat-trick of tries"', () => {
    const source = [{ id: 's', text: 'Winger James Lowe scored a hat-trick of tries to help Leinster edge Northampton Saints 20-17.' }];
    expect(checkDraft('James Lowe scored three tries as Leinster held off Northampton.', source).find((c) => c.text === 'three')?.verdict).toBe('supported');
    expect(checkDraft('James Lowe scored four tries as Leinster held off Northampton.', source).find((c) => c.text === 'four')?.verdict).not.toBe('supported');
    // The draft's own "hat-trick" states no figure to put to the editor.
    expect(checkDraft('Lowe completed his hat-trick after the break.', source)).toEqual([]);
  });
});
