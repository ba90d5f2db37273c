import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';
import { crossReferences } from '../../core/text/crossReferences.ts';

const SOURCE = 'The firm expects vaccine sales of $5bn this year. (Also see "Rival Drug Sales Cross $10bn Mark" - Trade Weekly, 2 Feb, 2023.) '
  + 'Its shares rose.\nRead more: Rival hires 300 staff\nThe firm employs 120 people.';

describe('crossReferences', () => {
  it('finds bracketed and one-line pointers to other stories', () => {
    const spans = crossReferences(SOURCE).map(([s, e]) => SOURCE.slice(s, e));
    expect(spans).toEqual(['(Also see "Rival Drug Sales Cross $10bn Mark" - Trade Weekly, 2 Feb, 2023.)', 'Read more: Rival hires 300 staff']);
  });
  it('a figure from another story\'s headline does not support the draft', () => {
    expect(checkDraft('The firm guided for sales of $10bn.', [{ id: 's', text: SOURCE }])[0]?.verdict).not.toBe('supported');
    expect(checkDraft('The firm hired 300 staff.', [{ id: 's', text: SOURCE }])[0]?.verdict).not.toBe('supported');
  });
  it('the source\'s own figures still count', () => {
    expect(checkDraft('The firm guided for sales of $5bn.', [{ id: 's', text: SOURCE }])[0]?.verdict).toBe('supported');
    expect(checkDraft('The firm employs 120 people.', [{ id: 's', text: SOURCE }])[0]?.verdict).toBe('supported');
  });
  it('an ordinary parenthesis is kept', () => {
    expect(crossReferences('Sales rose (to $5bn) in 2022.')).toEqual([]);
  });
});
