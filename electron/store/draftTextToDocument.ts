// Turns a plain-text draft (as copied out of a blog or CMS) into a story document: first line the
// headline, second the standfirst, short unpunctuated lines headings, "•"/"-"/"*" lines bulleted
// lists, and a list under a fact-box heading (e.g. "What We Know So Far") a fact box.
import type { SlateElement, SlateText, StoryDocument } from '../shared/ipcContract.ts';
import { newId } from './crosscheckStore.ts';

export interface DraftOptions {
  /** Lines removed wherever they occur (page chrome, teaser links, a repeated headline). */
  dropLines?: readonly string[];
  /** Everything from the first line equal to one of these on is dropped (comment forms). */
  stopAtLines?: readonly string[];
  /** Headings whose following list becomes a fact box. */
  factBoxHeadings?: readonly string[];
}

const BULLET = /^\s*(?:[•·▪‣◦*-])\s+/;
const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 10;

export function draftTextToDocument(text: string, options: DraftOptions = {}): StoryDocument {
  const norm = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();
  const drop = new Set((options.dropLines ?? []).map(norm));
  const stop = new Set((options.stopAtLines ?? []).map(norm));
  const factBox = new Set((options.factBoxHeadings ?? []).map(norm));

  const lines: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    if (stop.has(norm(raw))) break;
    if (!drop.has(norm(raw))) lines.push(raw);
  }

  const blocks: SlateElement[] = [];
  let pendingBullets: string[] = [];
  const block = (type: SlateElement['type'], children: SlateText[]): SlateElement => ({ type, id: newId(10), children });
  const flushBullets = () => {
    if (pendingBullets.length === 0) return;
    const previous = blocks.at(-1);
    const title = previous?.type === 'heading' ? textOf(previous) : '';
    if (previous && factBox.has(norm(title))) {
      blocks.pop();
      blocks.push({
        type: 'fact-box',
        id: newId(10),
        children: [
          block('fact-box-title', [{ text: title }]),
          ...pendingBullets.map((item) => block('fact-box-item', labelled(item))),
        ],
      });
    } else {
      blocks.push({
        type: 'bulleted-list',
        id: newId(10),
        children: pendingBullets.map((item) => block('list-item', [{ text: item }])),
      });
    }
    pendingBullets = [];
  };

  for (const raw of lines) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line === '') continue;
    if (BULLET.test(raw)) {
      pendingBullets.push(line.replace(BULLET, ''));
      continue;
    }
    flushBullets();
    const headline = blocks[0];
    // A headline repeated further down is a photo caption or page chrome, not story text.
    if (headline && norm(line) === norm(textOf(headline))) continue;
    if (!headline) blocks.push(block('headline', [{ text: line }]));
    else if (blocks.length === 1) blocks.push(block('standfirst', [{ text: line }]));
    else if (looksLikeHeading(line)) blocks.push({ ...block('heading', [{ text: line }]), level: 2 });
    else blocks.push(block('paragraph', [{ text: line }]));
  }
  flushBullets();
  if (blocks.length === 0) blocks.push(block('headline', [{ text: '' }]));
  if (blocks.length === 1) blocks.push(block('paragraph', [{ text: '' }]));
  return blocks;
}

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || line.split(' ').length > MAX_HEADING_WORDS) return false;
  if (/^["“‘']/.test(line)) return false;
  return !/[.,;:!"”’]$/.test(line);
}

/** "Casualties: 3 killed" → bold "Casualties:" + the rest, the way fact boxes are usually set. */
function labelled(item: string): SlateText[] {
  const match = /^([^:]{1,40}:)(\s.*)$/.exec(item);
  return match ? [{ text: match[1]!, bold: true }, { text: match[2]! }] : [{ text: item }];
}

function textOf(element: SlateElement): string {
  return element.children.map((child) => ('text' in child ? child.text : textOf(child))).join('');
}
