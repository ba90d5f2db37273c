// Clipboard HTML is parsed by a JavaScript tokenizer, never by the browser. Any DOM parse —
// DOMParser, <template>, DOMPurify (which uses them) — builds elements in a document that carries
// the page's CSP, and Chromium 156 compiles every on* attribute there and reports a CSP violation
// even though nothing runs. Here no element is ever created: the pasted markup becomes plain data
// that htmlToBlocks reads through its allowlist, so there is nothing to sanitize afterwards.
import { parseDocument } from 'htmlparser2';
import type { HtmlNode } from './htmlToBlocks.ts';

type ParsedNode = ReturnType<typeof parseDocument>['children'][number];

/** The only attributes the mapper reads: links, and Word's/Docs' bold, italic and list hints. */
const READ_ATTRIBUTES = ['href', 'style', 'class'] as const;

function toHtmlNodes(nodes: readonly ParsedNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ kind: 'text', text: node.data });
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const attrs: Record<string, string> = {};
      for (const name of READ_ATTRIBUTES) {
        const value = node.attribs[name];
        if (value !== undefined) attrs[name] = value;
      }
      out.push({ kind: 'element', tag: node.name.toLowerCase(), attrs, children: toHtmlNodes(node.children) });
    }
    // Comments (Word's <!--[if …]> blocks), doctypes and processing instructions carry no text.
  }
  return out;
}

/** Pasted HTML as a plain tree: no DOM, no event-handler attributes, nothing adopted into the page. */
export function parsePastedHtml(html: string): HtmlNode[] {
  return toHtmlNodes(parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).children);
}
