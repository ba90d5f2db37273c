import DOMPurify from 'dompurify';
import { Transforms } from 'slate';
import type { Editor } from 'slate';
import { htmlToBlocks } from './htmlToBlocks.ts';
import type { HtmlNode } from './htmlToBlocks.ts';
import type { BlockElement } from './customTypes.ts';

/** Turns DOMPurify's inert fragment into the plain tree the pure mapper reads. */
function toHtmlNodes(parent: globalThis.Node): HtmlNode[] {
  const out: HtmlNode[] = [];
  parent.childNodes.forEach((child) => {
    if (child.nodeType === 3) out.push({ kind: 'text', text: child.textContent ?? '' });
    else if (child.nodeType === 1) {
      const el = child as globalThis.Element;
      const attrs: Record<string, string> = {};
      for (const name of ['href', 'style', 'class']) {
        const value = el.getAttribute(name);
        if (value !== null) attrs[name] = value;
      }
      out.push({ kind: 'element', tag: el.localName.toLowerCase(), attrs, children: toHtmlNodes(el) });
    }
  });
  return out;
}

/** Sanitizes clipboard HTML and maps it to story blocks. Browser-only (DOMPurify needs a DOM). */
export function sanitizePastedHtml(html: string): BlockElement[] {
  // RETURN_DOM leaves the tree in DOMPurify's inert document: nothing pasted is adopted into the page.
  const body = DOMPurify.sanitize(html, {
    RETURN_DOM: true,
    // Word's list markers and bold/italic live in style and class; they are read, never applied.
    ALLOWED_ATTR: ['href', 'style', 'class'],
    FORBID_TAGS: ['style', 'img', 'svg', 'math', 'form', 'input', 'button', 'iframe'],
  });
  return htmlToBlocks(toHtmlNodes(body));
}

/**
 * Pastes from Word and web pages arrive as HTML full of styles, scripts and layout. Only the
 * allowed blocks and marks survive. Slate's own fragments (copy within the editor) keep their
 * structure; their ids are refreshed by withBlockIds.
 */
export function withPasteSanitizer<T extends Editor>(editor: T): T {
  const { insertData } = editor;

  editor.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment')) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    if (html) {
      const blocks = sanitizePastedHtml(html);
      if (blocks.length > 0) {
        Transforms.insertFragment(editor, blocks);
        return;
      }
    }
    insertData(data);
  };

  return editor;
}
