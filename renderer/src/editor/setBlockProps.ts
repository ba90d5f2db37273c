import { Transforms } from 'slate';
import type { Editor, Location, Node, NodeMatch } from 'slate';

/**
 * `Transforms.setNodes` typed loosely on purpose: our element union makes Slate infer the props
 * type from a single member, so changing `type` from one block to another does not type-check.
 * A key set to `undefined` is removed in the same operation (e.g. a heading's `level`).
 */
export function setBlockProps(editor: Editor, props: Record<string, unknown>, options: { at?: Location; match?: NodeMatch<Node> } = {}): void {
  Transforms.setNodes(editor, props as never, options as never);
}
