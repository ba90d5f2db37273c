// The story for publication: HTML (a full page, or a fragment for the clipboard), Markdown and
// plain text. The fact box comes out as a boxed list; flags and comments never do, because they
// live outside the document. Every piece of text is escaped; links keep only http(s) and mailto.
import type { SlateElement, SlateNode, SlateText, StoryDocument } from '../shared/ipcContract.ts';

const isText = (node: SlateNode): node is SlateText => typeof (node as SlateText).text === 'string';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function safeHref(url: string | undefined): string | null {
  const trimmed = (url ?? '').trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

function inlineHtml(nodes: readonly SlateNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) {
        let html = escapeHtml(node.text);
        if (node.text === '') return '';
        if (node.italic) html = `<em>${html}</em>`;
        if (node.bold) html = `<strong>${html}</strong>`;
        return html;
      }
      const inner = inlineHtml(node.children);
      const href = node.type === 'link' ? safeHref(node.url) : null;
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    })
    .join('');
}

const plain = (nodes: readonly SlateNode[]): string => nodes.map((n) => (isText(n) ? n.text : plain(n.children))).join('');
const isEmpty = (block: SlateElement) => plain(block.children).trim() === '';

/** The story's body as HTML elements, no page around it. */
export function storyToHtmlFragment(document: StoryDocument): string {
  const out: string[] = [];
  for (const block of document) {
    const inner = inlineHtml(block.children);
    switch (block.type) {
      case 'headline':
        if (!isEmpty(block)) out.push(`<h1>${inner}</h1>`);
        break;
      case 'standfirst':
        if (!isEmpty(block)) out.push(`<p class="standfirst"><strong>${inner}</strong></p>`);
        break;
      case 'heading':
        if (!isEmpty(block)) out.push(`<h${block.level === 3 ? 3 : 2}>${inner}</h${block.level === 3 ? 3 : 2}>`);
        break;
      case 'bulleted-list':
      case 'numbered-list': {
        const tag = block.type === 'bulleted-list' ? 'ul' : 'ol';
        const items = block.children.filter((c): c is SlateElement => !isText(c) && !isEmpty(c)).map((c) => `  <li>${inlineHtml(c.children)}</li>`);
        if (items.length > 0) out.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
        break;
      }
      case 'block-quote':
        if (!isEmpty(block)) out.push(`<blockquote><p>${inner}</p></blockquote>`);
        break;
      case 'fact-box': {
        const parts = block.children.filter((c): c is SlateElement => !isText(c));
        const title = parts.find((c) => c.type === 'fact-box-title');
        const items = parts.filter((c) => c.type === 'fact-box-item' && !isEmpty(c)).map((c) => `    <li>${inlineHtml(c.children)}</li>`);
        if (items.length === 0) break;
        const heading = title && !isEmpty(title) ? `  <h2>${inlineHtml(title.children)}</h2>\n` : '';
        out.push(`<aside class="fact-box">\n${heading}  <ul>\n${items.join('\n')}\n  </ul>\n</aside>`);
        break;
      }
      default:
        if (!isEmpty(block)) out.push(`<p>${inner}</p>`);
    }
  }
  return out.join('\n');
}

const PAGE_STYLE = `body{font:18px/1.6 Georgia,'Times New Roman',serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:2rem;line-height:1.2}.standfirst{font-size:1.15rem}blockquote{border-left:3px solid #bbb;margin:1rem 0;padding-left:1rem;color:#444}
.fact-box{border:1px solid #c9c9c9;background:#f6f6f4;padding:.5rem 1.25rem;margin:1.5rem 0}.fact-box h2{font-size:1.1rem;margin:.5rem 0}`;

/** A standalone page for publication: UTF-8, no scripts, the title in <title>. */
export function storyToHtmlPage(title: string, document: StoryDocument): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<article>
${storyToHtmlFragment(document)}
</article>
</body>
</html>
`;
}

/** Characters that would start Markdown syntax are escaped so the text reads the same. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4');
}

function inlineMarkdown(nodes: readonly SlateNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) {
        if (node.text === '') return '';
        // Markers must hug the words: "** bold**" is not bold in Markdown.
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text) ?? [];
        if (core === '') return node.text;
        let md = escapeMarkdown(core);
        if (node.italic) md = `_${md}_`;
        if (node.bold) md = `**${md}**`;
        return `${lead}${md}${trail}`;
      }
      const inner = inlineMarkdown(node.children);
      const href = node.type === 'link' ? safeHref(node.url) : null;
      return href ? `[${inner}](<${href.replace(/[<>]/g, encodeURIComponent)}>)` : inner;
    })
    .join('')
    .replace(/\n/g, ' ');
}

export function storyToMarkdown(document: StoryDocument): string {
  const out: string[] = [];
  for (const block of document) {
    const inner = inlineMarkdown(block.children).trim();
    switch (block.type) {
      case 'headline':
        if (inner) out.push(`# ${inner}`);
        break;
      case 'standfirst':
        if (inner) out.push(`**${inner}**`);
        break;
      case 'heading':
        if (inner) out.push(`${block.level === 3 ? '###' : '##'} ${inner}`);
        break;
      case 'bulleted-list':
      case 'numbered-list': {
        const items = block.children.filter((c): c is SlateElement => !isText(c) && !isEmpty(c));
        if (items.length > 0) {
          out.push(items.map((c, i) => `${block.type === 'bulleted-list' ? '-' : `${i + 1}.`} ${inlineMarkdown(c.children).trim()}`).join('\n'));
        }
        break;
      }
      case 'block-quote':
        if (inner) out.push(`> ${inner}`);
        break;
      case 'fact-box': {
        const parts = block.children.filter((c): c is SlateElement => !isText(c));
        const title = parts.find((c) => c.type === 'fact-box-title');
        const items = parts.filter((c) => c.type === 'fact-box-item' && !isEmpty(c)).map((c) => `> - ${inlineMarkdown(c.children).trim()}`);
        if (items.length === 0) break;
        const heading = title && !isEmpty(title) ? [`> **${inlineMarkdown(title.children).trim()}**`, '>'] : [];
        out.push([...heading, ...items].join('\n'));
        break;
      }
      default:
        if (inner) out.push(inner);
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** Plain text for the clipboard's text/plain flavour. */
export function storyToPlainText(document: StoryDocument): string {
  const out: string[] = [];
  for (const block of document) {
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
      const items = block.children.filter((c): c is SlateElement => !isText(c) && !isEmpty(c));
      if (items.length > 0) out.push(items.map((c, i) => `${block.type === 'bulleted-list' ? '•' : `${i + 1}.`} ${plain(c.children).trim()}`).join('\n'));
    } else if (block.type === 'fact-box') {
      const parts = block.children.filter((c): c is SlateElement => !isText(c) && !isEmpty(c));
      const lines = parts.map((c) => (c.type === 'fact-box-title' ? plain(c.children).trim() : `• ${plain(c.children).trim()}`));
      if (parts.some((c) => c.type === 'fact-box-item')) out.push(lines.join('\n'));
    } else if (!isEmpty(block)) {
      out.push(plain(block.children).trim());
    }
  }
  return `${out.join('\n\n')}\n`;
}
