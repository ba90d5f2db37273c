import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { LinkElement } from './customTypes.ts';

/** Only web and mail links are kept; anything else (javascript:, file:, data:) is refused. */
export function safeUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') return null;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href;
  } catch {
    return null;
  }
}

const isLink = (node: Node): node is LinkElement => Element.isElement(node) && node.type === 'link';

export function activeLink(editor: Editor): NodeEntry<LinkElement> | undefined {
  if (!editor.selection) return undefined;
  return Editor.above(editor, { match: isLink, mode: 'lowest' }) as NodeEntry<LinkElement> | undefined;
}

export function unwrapLink(editor: Editor): void {
  Transforms.unwrapNodes(editor, { match: isLink, split: true });
}

/**
 * Links the selection to `url` (or updates the link under the cursor). With a collapsed
 * selection outside a link, the URL itself is inserted as the link text.
 */
export function setLink(editor: Editor, rawUrl: string, text?: string): boolean {
  const url = safeUrl(rawUrl);
  if (!url || !editor.selection) return false;
  const existing = activeLink(editor);
  if (existing && Range.isCollapsed(editor.selection)) {
    Transforms.setNodes(editor, { url }, { at: existing[1] });
    return true;
  }
  Editor.withoutNormalizing(editor, () => {
    if (existing) unwrapLink(editor);
    const selection = editor.selection;
    if (!selection) return;
    if (Range.isCollapsed(selection)) {
      Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: text ?? url }] });
    } else {
      Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { split: true });
      Transforms.collapse(editor, { edge: 'end' });
    }
  });
  return true;
}

/**
 * Links are inline elements. Normalization drops links that lost their text or carry an unsafe
 * URL, and flattens links nested in links (which a paste can produce).
 */
export function withLinks<T extends Editor>(editor: T): T {
  const { isInline, normalizeNode, insertText } = editor;

  editor.isInline = (element) => element.type === 'link' || isInline(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isLink(node)) {
      if (Node.string(node) === '' && node.children.every(Text.isText)) {
        Transforms.removeNodes(editor, { at: path });
        return;
      }
      if (safeUrl(node.url) !== node.url) {
        const url = safeUrl(node.url);
        if (url) Transforms.setNodes(editor, { url }, { at: path });
        else Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };

  // Typing a space right after a link should not extend it.
  editor.insertText = (text, options) => {
    const selection = editor.selection;
    const link = activeLink(editor);
    if (link && selection && Range.isCollapsed(selection) && Editor.isEnd(editor, selection.anchor, link[1])) {
      Transforms.move(editor, { unit: 'offset' });
    }
    insertText(text, options);
  };

  return editor;
}
