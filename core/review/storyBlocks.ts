// The text blocks of a story document in reading order, the unit the checker and every anchor
// are keyed by. Only the structural parts of a Slate tree are read (type, id, children, text), so
// core stays free of the editor's types.

export interface StoryNodeLike {
  readonly type?: string;
  readonly id?: string;
  readonly text?: string;
  readonly children?: readonly StoryNodeLike[];
}

export interface TextBlock {
  readonly id: string;
  readonly type: string;
  readonly text: string;
}

/** Containers whose children are the blocks; their own text is not checked. */
const CONTAINERS = new Set(['bulleted-list', 'numbered-list', 'fact-box']);

export function storyBlocks(document: readonly StoryNodeLike[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (nodes: readonly StoryNodeLike[]) => {
    for (const node of nodes) {
      if (typeof node.type !== 'string' || !Array.isArray(node.children)) continue;
      if (CONTAINERS.has(node.type)) visit(node.children);
      else if (typeof node.id === 'string') blocks.push({ id: node.id, type: node.type, text: textOf(node) });
    }
  };
  visit(document);
  return blocks;
}

export function textOf(node: StoryNodeLike): string {
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}
