// Links in a stored story are checked whenever a document is read, not only when one is edited:
// a story saved by an older build, imported from a package or written to the database by hand can
// hold a `javascript:`, `data:` or `file:` href, and the editor's own link rule only runs on the
// nodes an edit touches. Plain string checks, because this module runs in the renderer, the main
// process and the preview host alike (no URL class under electron/shared's compiler settings).
import type { SlateElement, SlateNode, StoryDocument } from './storyDocument.ts';

/** What the editor stores for a link (renderer/src/editor/withLinks.ts `safeUrl` returns a
 *  serialized http(s) or mailto URL): anything else is refused, including whitespace or control
 *  characters that a browser would strip to reveal another scheme (`java\tscript:`). */
export function isSafeLinkUrl(url: unknown): boolean {
  return typeof url === 'string' && url.length <= 4096 && /^(?:https?:\/\/[^\s\p{Cc}/?#]|mailto:)[^\s\p{Cc}]*$/iu.test(url);
}

const isElement = (node: SlateNode): node is SlateElement => 'children' in node;
const isUnsafeLink = (element: SlateElement) => element.type === 'link' && !isSafeLinkUrl(element.url);

/** `nodes` itself when nothing in it changed, so a clean document is not copied. */
function cleanNodes(nodes: SlateNode[]): SlateNode[] {
  let changed = false;
  const cleaned: SlateNode[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      cleaned.push(node);
      continue;
    }
    const children = cleanNodes(node.children);
    // Unwrapped, as the editor does: the words stay, the link goes.
    if (isUnsafeLink(node)) cleaned.push(...children);
    else cleaned.push(children === node.children ? node : { ...node, children });
    changed ||= isUnsafeLink(node) || children !== node.children;
  }
  return changed ? cleaned : nodes;
}

/** The document with every link whose href is not http(s) or mailto unwrapped into its text.
 *  Returns the same array when there was nothing to change. */
export function withoutUnsafeLinks(document: StoryDocument): StoryDocument {
  let changed = false;
  const cleaned = document.map((block): SlateElement => {
    const children = cleanNodes(block.children);
    if (isUnsafeLink(block)) {
      changed = true;
      // A block-level link is not something the editor makes; its words are kept as a paragraph.
      const { url: _unsafe, ...rest } = block;
      return { ...rest, type: 'paragraph', children };
    }
    if (children === block.children) return block;
    changed = true;
    return { ...block, children };
  });
  return changed ? cleaned : document;
}
