import { Element, Node } from 'slate';
import type { Editor } from 'slate';
import type { Descendant, NodeEntry, Operation, Path } from 'slate';
import { newBlockId } from './blockId.ts';
import { setBlockProps } from './setBlockProps.ts';

/** Inline elements (links) are not blocks and carry no id. */
function isBlock(editor: Editor, node: Node): node is Element & { id: string } {
  return Element.isElement(node) && !editor.isInline(node);
}

/** A copy of `node` whose blocks all have ids, fresh where missing or already taken. */
function withFreshIds(editor: Editor, node: Node, taken: Set<string>): Node {
  if (!Element.isElement(node)) return node;
  const children = node.children.map((child: Descendant) => withFreshIds(editor, child, taken)) as typeof node.children;
  if (editor.isInline(node)) return { ...node, children } as Node;
  const current = (node as { id?: unknown }).id;
  let id = typeof current === 'string' && current !== '' && !taken.has(current) ? current : newBlockId();
  while (taken.has(id)) id = newBlockId();
  taken.add(id);
  return { ...node, id, children } as Node;
}

function collectIds(editor: Editor): Set<string> {
  const ids = new Set<string>();
  for (const [node] of Node.descendants(editor)) {
    if (isBlock(editor, node) && typeof node.id === 'string') ids.add(node.id);
  }
  return ids;
}

/**
 * Every block gets a unique id the moment it enters the document (insert, split), so the
 * checker can key results by block. Ids are assigned inside `apply` so history records the
 * operation with its id and redo reproduces the same one. Anything that still slips through
 * (pasted Slate fragments, documents loaded from older versions) is fixed by normalization.
 */
export function withBlockIds<T extends Editor>(editor: T): T {
  const { apply, normalizeNode } = editor;

  editor.apply = (op) => {
    if (op.type === 'insert_node' && isBlock(editor, op.node)) {
      apply({ ...op, node: withFreshIds(editor, op.node, collectIds(editor)) });
      return;
    }
    // A split copies the element's props, id included. A redo or an undone merge replays a split
    // whose id is no longer in the document: that id is kept so results keyed by it stay valid.
    if (op.type === 'split_node' && 'type' in op.properties && op.properties.type !== 'link') {
      const taken = collectIds(editor);
      const current = (op.properties as { id?: unknown }).id;
      if (typeof current !== 'string' || current === '' || taken.has(current)) {
        let id = newBlockId();
        while (taken.has(id)) id = newBlockId();
        apply({ ...op, properties: { ...op.properties, id } as typeof op.properties });
        return;
      }
    }
    apply(op);
  };

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [, path] = entry;
    // Duplicates are a property of the whole document, so they are checked at the root,
    // which Slate marks dirty after every operation. One fix per pass. Typing (text operations
    // only) cannot add or copy an id, so a keystroke skips the walk over every block.
    if (path.length === 0 && !(editor.operations.length > 0 && editor.operations.every(isTextOnly))) {
      const seen = new Set<string>();
      for (const [child, childPath] of Node.descendants(editor)) {
        if (!isBlock(editor, child)) continue;
        const id = (child as { id?: unknown }).id;
        if (typeof id !== 'string' || id === '' || seen.has(id)) {
          fixId(editor, childPath, seen);
          return;
        }
        seen.add(id);
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}

const isTextOnly = (op: Operation) => op.type === 'insert_text' || op.type === 'remove_text' || op.type === 'set_selection';

function fixId(editor: Editor, path: Path, seen: Set<string>): void {
  const all = collectIds(editor);
  let id = newBlockId();
  while (all.has(id) || seen.has(id)) id = newBlockId();
  setBlockProps(editor, { id }, { at: path });
}
