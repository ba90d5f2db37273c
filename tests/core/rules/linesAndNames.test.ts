import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// A name never runs over a line break ("… 294 Missing\nFour people are confirmed dead"), and a table
// laid out a cell to a line gives each figure the name on the line above it.
describe('names and line breaks', () => {
  it('a headline\'s last word is no name for the story\'s first figure', () => {
    const text = 'Ferry Sinks, Leaves 4 Dead and 294 Missing\nFour people are confirmed dead and nearly 300 remain missing.';
    expect(findMentions(text).find((m) => m.text === 'Four')?.kind).toBe('count');
    const source = [{ id: 's', text }];
    expect(checkDraft('Four people were confirmed dead after the ferry sank.', source)[0]?.verdict).toBe('supported');
  });
  it('a table cell under its row\'s name is that name\'s figure: a figure moved onto another row is caught', () => {
    const source = [{ id: 's', text: 'Outages by utility:\nDuke Energy\n642,885\nSECO Energy\n58,000\nLakeland Electric\n42,150' }];
    expect(checkDraft('Lakeland Electric reported 42,150 outages.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Lakeland Electric reported 58,000 outages.', source)[0]?.verdict).toBe('contradicted');
  });
});
