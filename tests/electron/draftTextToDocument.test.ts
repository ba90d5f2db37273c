import { describe, expect, it } from 'vitest';
import { storyDocumentSchema } from '../../electron/shared/ipcContract.ts';
import type { SlateElement, SlateNode, StoryDocument } from '../../electron/shared/ipcContract.ts';
import { draftTextToDocument } from '../../electron/store/draftTextToDocument.ts';

/** The document without ids, as [type, text] pairs (lists and fact boxes as nested arrays). */
function outline(document: StoryDocument): unknown[] {
  const text = (node: SlateNode): string => ('text' in node ? node.text : node.children.map(text).join(''));
  const walk = (block: SlateElement): unknown =>
    ['bulleted-list', 'fact-box'].includes(block.type) ? [block.type, (block.children as SlateElement[]).map(walk)] : [block.type, text(block)];
  return document.map(walk);
}

describe('draftTextToDocument', () => {
  it('reads headline, standfirst, headings, paragraphs and bullet lists', () => {
    const doc = draftTextToDocument(
      'Drone strike hits factory\n\nThree dead and 45 hurt in Izhevsk\n\nWhat happened\n\nA drone hit the plant on Monday.\n\n- first point\n* second point\n\n“We will respond,” an official said.',
    );
    expect(outline(doc)).toEqual([
      ['headline', 'Drone strike hits factory'],
      ['standfirst', 'Three dead and 45 hurt in Izhevsk'],
      ['heading', 'What happened'],
      ['paragraph', 'A drone hit the plant on Monday.'],
      ['bulleted-list', [['list-item', 'first point'], ['list-item', 'second point']]],
      ['paragraph', '“We will respond,” an official said.'],
    ]);
    expect(doc[2]).toMatchObject({ level: 2 });
    expect(storyDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('turns the list under a fact-box heading into a fact box with bold labels', () => {
    const doc = draftTextToDocument('Headline\nStandfirst\nKey facts\n  • Casualties: 3 killed\n  • 45 injured', { factBoxHeadings: ['key facts'] });
    expect(outline(doc)[2]).toEqual(['fact-box', [['fact-box-title', 'Key facts'], ['fact-box-item', 'Casualties: 3 killed'], ['fact-box-item', '45 injured']]]);
    const items = (doc[2]!.children as SlateElement[]).slice(1);
    expect(items[0]!.children).toEqual([{ text: 'Casualties:', bold: true }, { text: ' 3 killed' }]);
    expect(items[1]!.children).toEqual([{ text: '45 injured' }]);
  });

  it('drops chrome lines, a repeated headline and everything after a stop line', () => {
    const doc = draftTextToDocument('Posted in\nHeadline\nStandfirst\nBody text.\nHeadline\nMore text.\nLeave a Reply\nName *', {
      dropLines: ['posted in'],
      stopAtLines: ['Leave a reply'],
    });
    expect(outline(doc)).toEqual([
      ['headline', 'Headline'],
      ['standfirst', 'Standfirst'],
      ['paragraph', 'Body text.'],
      ['paragraph', 'More text.'],
    ]);
  });

  it('gives every block a unique id and never returns an invalid document', () => {
    for (const input of ['', '   \n\n', 'Only a headline']) {
      const doc = draftTextToDocument(input);
      expect(storyDocumentSchema.safeParse(doc).success).toBe(true);
      expect(doc[0]!.type).toBe('headline');
    }
    const ids = draftTextToDocument('a\nb\nc.\nd.\ne.').map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
