// The story document's shape (Slate JSON), see notes/slate-shape.md. Its own module so the IPC
// contract, which validates documents, and withoutUnsafeLinks, which the contract's schema runs,
// share the types without importing each other. Re-exported from ipcContract.ts.
//
// No Node or DOM types here: this module compiles under electron/shared/tsconfig.json.

export const ELEMENT_TYPES = [
  'headline', 'standfirst', 'paragraph', 'heading',
  'bulleted-list', 'numbered-list', 'list-item', 'block-quote',
  'fact-box', 'fact-box-title', 'fact-box-item', 'link',
] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export interface SlateText {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface SlateElement {
  type: ElementType;
  /** Stable block id (every block; links have none). */
  id?: string;
  /** Headings only. */
  level?: 2 | 3;
  /** Links only. */
  url?: string;
  children: SlateNode[];
}
export type SlateNode = SlateElement | SlateText;
export type StoryDocument = SlateElement[];
