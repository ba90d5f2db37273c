// The pure half of paste sanitizing: a parsed HTML tree (parsePastedHtml) becomes story blocks of
// the allowed types only. It is an allowlist: tags it does not know contribute their text at most,
// and it reads no attribute but href, style and class, so it is also the sanitizer.
import type { BlockElement, FormattedText, InlineChild, ListType } from './customTypes.ts';
import { newBlockId } from './blockId.ts';
import { safeUrl } from './withLinks.ts';

export type HtmlNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attrs: Readonly<Record<string, string>>; children: readonly HtmlNode[] };

type Marks = { bold?: true; italic?: true };
type List = { type: ListType; id: string; children: { type: 'list-item'; id: string; children: InlineChild[] }[] };
interface Context {
  marks: Marks;
  url?: string;
  quote: boolean;
  list?: List;
}

/** Content that is never text for a story: dropped with everything inside it. */
const DROPPED = new Set([
  'script', 'style', 'head', 'title', 'meta', 'link', 'img', 'picture', 'svg', 'math', 'iframe', 'object', 'embed',
  'video', 'audio', 'canvas', 'noscript', 'template', 'button', 'input', 'select', 'textarea', 'form', 'nav',
]);
/** Tags that end the current block and start a new paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'address',
  'dd', 'dt', 'dl', 'center', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'hr', 'body', 'html',
]);

const styleOf = (attrs: Readonly<Record<string, string>>): string => (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');

function marksFor(tag: string, attrs: Readonly<Record<string, string>>, marks: Marks): Marks {
  const style = styleOf(attrs);
  const next: Marks = { ...marks };
  // Google Docs wraps whole pastes in <b style="font-weight:normal">, so the style wins over the tag.
  const weight = /font-weight:(\w+)/.exec(style)?.[1];
  if (weight === 'normal' || weight === '400' || weight === 'lighter') delete next.bold;
  else if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600 || ((tag === 'b' || tag === 'strong') && !weight)) next.bold = true;
  const fontStyle = /font-style:(\w+)/.exec(style)?.[1];
  if (fontStyle === 'normal') delete next.italic;
  else if (fontStyle === 'italic' || fontStyle === 'oblique' || ((tag === 'i' || tag === 'em') && !fontStyle)) next.italic = true;
  return next;
}

function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/** Word marks list paragraphs with class MsoListParagraph* or an mso-list style. */
const isWordListParagraph = (tag: string, attrs: Readonly<Record<string, string>>): boolean =>
  tag === 'p' && (/msolistparagraph/i.test(attrs.class ?? '') || /mso-list:l\d/.test(styleOf(attrs)));
/** Word's bullet or number glyph sits in a span marked mso-list:Ignore. */
const isWordListMarker = (node: HtmlNode): boolean =>
  node.kind === 'element' && /mso-list:ignore/.test(styleOf(node.attrs));

class BlockBuilder {
  readonly blocks: BlockElement[] = [];
  private inline: InlineChild[] = [];

  addText(text: string, ctx: Context): void {
    let collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    // Whitespace collapses across element boundaries too, as a browser renders it.
    if (collapsed.startsWith(' ') && this.endsWithSpace()) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    const leaf: FormattedText = { text: collapsed, ...ctx.marks };
    if (ctx.url) {
      const last = this.inline[this.inline.length - 1];
      if (last && 'type' in last && last.type === 'link' && last.url === ctx.url) last.children.push(leaf);
      else this.inline.push({ type: 'link', url: ctx.url, children: [leaf] });
    } else {
      this.inline.push(leaf);
    }
  }

  private endsWithSpace(): boolean {
    const last = this.inline[this.inline.length - 1];
    if (!last) return true;
    const leaf = 'type' in last ? last.children[last.children.length - 1] : last;
    return leaf?.text.endsWith(' ') ?? false;
  }

  /** Ends the pending inline run as a block of the type the context calls for. */
  flush(ctx: Context, heading?: 2 | 3): void {
    const children = tidyInline(this.inline);
    this.inline = [];
    if (children === null) return;
    const id = newBlockId();
    if (ctx.list) ctx.list.children.push({ type: 'list-item', id, children });
    else if (heading) this.blocks.push({ type: 'heading', id, level: heading, children });
    else if (ctx.quote) this.blocks.push({ type: 'block-quote', id, children });
    else this.blocks.push({ type: 'paragraph', id, children });
  }

  /** The list Word list paragraphs should join: the last block if it is a list of that type. */
  wordList(type: ListType): List {
    const last = this.blocks[this.blocks.length - 1];
    if (last && last.type === type) return last as List;
    const list: List = { type, id: newBlockId(), children: [] };
    this.blocks.push(list as BlockElement);
    return list;
  }

  startList(type: ListType): List {
    const list: List = { type, id: newBlockId(), children: [] };
    this.blocks.push(list as BlockElement);
    return list;
  }

  dropIfEmpty(list: List): void {
    if (list.children.length > 0) return;
    const index = this.blocks.indexOf(list as BlockElement);
    if (index >= 0) this.blocks.splice(index, 1);
  }
}

/** Trims the run, merges neighbouring leaves with the same marks and puts text around links, as Slate expects. */
function tidyInline(run: InlineChild[]): InlineChild[] | null {
  const flat: InlineChild[] = [];
  for (const child of run) {
    const prev = flat[flat.length - 1];
    if ('type' in child) {
      child.children = mergeLeaves(child.children);
      flat.push(child);
    } else if (prev && !('type' in prev) && !!prev.bold === !!child.bold && !!prev.italic === !!child.italic) {
      flat[flat.length - 1] = { ...prev, text: prev.text + child.text };
    } else {
      flat.push({ ...child });
    }
  }
  const first = flat[0];
  const last = flat[flat.length - 1];
  if (first && !('type' in first)) first.text = first.text.replace(/^ +/, '');
  if (last && !('type' in last)) last.text = last.text.replace(/ +$/, '');
  const text = flat.map((c) => ('type' in c ? c.children.map((l) => l.text).join('') : c.text)).join('');
  if (text.trim() === '') return null;

  const out: InlineChild[] = [];
  for (const child of flat) {
    if (!('type' in child) && child.text === '') continue;
    const prev = out[out.length - 1];
    if ('type' in child && (!prev || 'type' in prev)) out.push({ text: '' });
    out.push(child);
  }
  const end = out[out.length - 1];
  if (end && 'type' in end) out.push({ text: '' });
  return out;
}

function mergeLeaves(leaves: FormattedText[]): FormattedText[] {
  const out: FormattedText[] = [];
  for (const leaf of leaves) {
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!leaf.bold && !!prev.italic === !!leaf.italic) out[out.length - 1] = { ...prev, text: prev.text + leaf.text };
    else out.push({ ...leaf });
  }
  return out;
}

function walk(node: HtmlNode, ctx: Context, out: BlockBuilder): void {
  if (node.kind === 'text') {
    out.addText(node.text, ctx);
    return;
  }
  const { tag, attrs, children } = node;
  const each = (inner: Context) => children.forEach((child) => walk(child, inner, out));
  if (DROPPED.has(tag)) return;
  if (tag === 'br') {
    out.flush(ctx);
    return;
  }
  if (/^h[1-6]$/.test(tag)) {
    out.flush(ctx);
    each(ctx);
    // A pasted h1 cannot be a second headline; it becomes the top level of heading a story allows.
    out.flush(ctx, Number(tag[1]) <= 2 ? 2 : 3);
    return;
  }
  if (tag === 'blockquote') {
    out.flush(ctx);
    each({ ...ctx, quote: true });
    out.flush({ ...ctx, quote: true });
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    out.flush(ctx);
    // Nested lists are flattened into the outer one: the story shape has one list level.
    const list = ctx.list ?? out.startList(tag === 'ol' ? 'numbered-list' : 'bulleted-list');
    each({ ...ctx, list });
    if (!ctx.list) out.dropIfEmpty(list);
    return;
  }
  if (tag === 'li') {
    const inner = ctx.list ? ctx : { ...ctx, list: out.startList('bulleted-list') };
    out.flush(inner);
    each(inner);
    out.flush(inner);
    return;
  }
  if (isWordListParagraph(tag, attrs)) {
    out.flush(ctx);
    const marker = children.find(isWordListMarker);
    const numbered = marker !== undefined && /^\s*(\d+|[a-z]|[ivx]+)[.)]/i.test(textOf(marker));
    const list = out.wordList(numbered ? 'numbered-list' : 'bulleted-list');
    children.forEach((child) => {
      if (!isWordListMarker(child)) walk(child, { ...ctx, list }, out);
    });
    out.flush({ ...ctx, list });
    return;
  }
  if (tag === 'td' || tag === 'th') {
    // Table cells on one row read as one line, separated like a tab would.
    out.addText(' ', ctx);
    each(ctx);
    out.addText(' ', ctx);
    return;
  }
  if (BLOCKS.has(tag)) {
    out.flush(ctx);
    each(ctx);
    out.flush(ctx);
    return;
  }
  if (isWordListMarker(node)) return;
  if (tag === 'a') {
    const url = attrs.href ? safeUrl(attrs.href) : null;
    each({ ...ctx, marks: marksFor(tag, attrs, ctx.marks), ...(url ? { url } : {}) });
    return;
  }
  // Any other inline (span, font, u, sup, o:p…) passes its text through with its marks.
  each({ ...ctx, marks: marksFor(tag, attrs, ctx.marks) });
}

export function htmlToBlocks(nodes: readonly HtmlNode[]): BlockElement[] {
  const out = new BlockBuilder();
  const ctx: Context = { marks: {}, quote: false };
  nodes.forEach((node) => walk(node, ctx, out));
  out.flush(ctx);
  return out.blocks;
}

