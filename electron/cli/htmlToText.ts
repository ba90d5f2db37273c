// HTML sources reduced to their readable text. htmlparser2 only tokenizes: nothing is fetched,
// rendered or executed, and script/style/template contents are dropped unread.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'figcaption', 'title', 'aside', 'main', 'nav',
]);

export function htmlToText(html: string): { text: string; title?: string } {
  const out: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') inTitle = true;
      if (SKIPPED.has(name)) skipDepth++;
      if (BLOCKS.has(name)) out.push('\n');
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
      if (BLOCKS.has(name)) out.push('\n');
    },
    ontext(data) {
      if (inTitle) title += data;
      if (skipDepth === 0) out.push(data);
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  const text = out.join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return cleanTitle ? { text, title: cleanTitle } : { text };
}
