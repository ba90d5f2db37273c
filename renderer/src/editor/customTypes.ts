// The one declaration of Slate's CustomTypes for Crosscheck. It mirrors the story document shape
// in notes/slate-shape.md, which the store, the sample-story importer and the checker share:
// every block element carries a stable `id` because analysis is keyed by block id.
import type { BaseEditor, BaseRange } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { ClaimFlag } from '../checking/claimFlags.ts';

export type FormattedText = { text: string; bold?: true; italic?: true };
export type LinkElement = { type: 'link'; url: string; children: FormattedText[] };
export type InlineChild = FormattedText | LinkElement;

export type HeadlineElement = { type: 'headline'; id: string; children: FormattedText[] };
export type StandfirstElement = { type: 'standfirst'; id: string; children: FormattedText[] };
export type ParagraphElement = { type: 'paragraph'; id: string; children: InlineChild[] };
export type HeadingElement = { type: 'heading'; id: string; level: 2 | 3; children: InlineChild[] };
export type ListItemElement = { type: 'list-item'; id: string; children: InlineChild[] };
export type BulletedListElement = { type: 'bulleted-list'; id: string; children: ListItemElement[] };
export type NumberedListElement = { type: 'numbered-list'; id: string; children: ListItemElement[] };
export type BlockQuoteElement = { type: 'block-quote'; id: string; children: InlineChild[] };
export type FactBoxTitleElement = { type: 'fact-box-title'; id: string; children: FormattedText[] };
export type FactBoxItemElement = { type: 'fact-box-item'; id: string; children: InlineChild[] };
export type FactBoxElement = {
  type: 'fact-box';
  id: string;
  children: (FactBoxTitleElement | FactBoxItemElement)[];
};

export type BlockElement =
  | HeadlineElement
  | StandfirstElement
  | ParagraphElement
  | HeadingElement
  | BulletedListElement
  | NumberedListElement
  | ListItemElement
  | BlockQuoteElement
  | FactBoxElement
  | FactBoxTitleElement
  | FactBoxItemElement;

export type CustomElement = BlockElement | LinkElement;
export type BlockType = BlockElement['type'];
/** Blocks a writer can switch a top-level text block to from the toolbar. */
export type TextBlockType = 'paragraph' | 'headline' | 'standfirst' | 'heading-2' | 'heading-3' | 'block-quote';
export type ListType = 'bulleted-list' | 'numbered-list';

/** A story document as stored: the editor's top-level children. */
export type StoryDocument = BlockElement[];

export type CrosscheckEditor = BaseEditor & ReactEditor & HistoryEditor;

/**
 * Extra keys a decoration range may carry: the live checker's flags (renderer/src/checking),
 * derived in `decorate`, never stored in the document.
 */
export type CrosscheckRange = BaseRange & { flag?: ClaimFlag; flagEndText?: FormattedText; flagEndOffset?: number };

declare module 'slate' {
  interface CustomTypes {
    Editor: CrosscheckEditor;
    Element: CustomElement;
    Text: FormattedText;
    Range: CrosscheckRange;
  }
}
